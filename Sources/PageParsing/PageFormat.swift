/// The kind of file a saved page is.
public enum PageFormat: String, Sendable, CaseIterable {
    /// Text selected in the browser and copied into a file.
    case copiedText = "text"
    /// A page saved as HTML ("HTML only" or "complete").
    case html
    /// A page saved as one MHTML file ("single file").
    case mhtml

    /// The format of `bytes`, from their first bytes: MIME headers naming a multipart message
    /// are MHTML; a document starting with a tag (`<!DOCTYPE`, `<html`, `<head`, `<body`, `<div`)
    /// is HTML; anything else is copied text.
    public static func detect(_ bytes: [UInt8]) -> PageFormat {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 2048)], as: UTF8.self).lowercased()
        if head.contains("content-type: multipart/related") || head.contains("content-type: multipart/mixed")
            || (head.hasPrefix("from:") || head.hasPrefix("mime-version:")) && head.contains("multipart/")
        {
            return .mhtml
        }
        for opening in ["<!doctype html", "<html", "<head", "<body", "<div", "<meta", "<!--", "<?xml"]
        where head.hasPrefix(opening) {
            return .html
        }
        return .copiedText
    }
}
