package se.uppdragsstyrning.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML into a DOM whose elements know the line they start on ({@link #line(Element)}): problems in a model
 * are reported with their line. No DTDs and no external entities.
 */
final class LinedXml {

    private static final String LINE = "line";

    private LinedXml() {
    }

    static Document parse(byte[] content) throws SAXException, IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            parser.parse(new ByteArrayInputStream(content), new Builder(document));
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Integer line(Element element) {
        return (Integer) element.getUserData(LINE);
    }

    private static final class Builder extends DefaultHandler {
        private final Document document;
        private Node current;
        private Locator locator;
        private final StringBuilder text = new StringBuilder();

        Builder(Document document) {
            this.document = document;
            this.current = document;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attributeUri = attributes.getURI(i);
                element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri, attributes.getQName(i),
                        attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? null : locator.getLineNumber(), null);
            current.appendChild(element);
            current = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (!text.isEmpty() && current != document) {
                current.appendChild(document.createTextNode(text.toString()));
            }
            text.setLength(0);
        }
    }
}
