package se.uppdragsstyrning.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import se.uppdragsstyrning.workflow.ModelFile;

/** The files of a multipart upload (empty file inputs left out). */
final class UploadedFiles {

    private UploadedFiles() {
    }

    static List<ModelFile> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> {
                    try {
                        String name = f.getOriginalFilename().replace('\\', '/');
                        return new ModelFile(name.substring(name.lastIndexOf('/') + 1), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }
}
