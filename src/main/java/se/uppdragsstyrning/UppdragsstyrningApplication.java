package se.uppdragsstyrning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class UppdragsstyrningApplication {

    public static void main(String[] args) {
        SpringApplication.run(UppdragsstyrningApplication.class, args);
    }
}
