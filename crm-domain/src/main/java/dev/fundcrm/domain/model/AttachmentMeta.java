package dev.fundcrm.domain.model;

/** What is known of an attachment without its content: name, media type and size in bytes (-1 if unknown). */
public record AttachmentMeta(String filename, String mimeType, long sizeBytes) {

    public AttachmentMeta {
        filename = filename == null ? "" : filename;
        mimeType = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType;
        if (sizeBytes < -1) {
            throw new IllegalArgumentException("attachment size must be >= -1, was " + sizeBytes);
        }
    }
}
