import Foundation
import Hummingbird
import NIOCore

/// The web page's files (Data/web/, embedded at build time by the EmbedData
/// plugin): `/` is index.html, `/assets/NAME` any other file.
struct StaticFiles: Sendable {
    struct File: Sendable { let body: ByteBuffer; let contentType: String; let etag: String }
    let files: [String: File]

    init(_ embedded: [(path: String, text: String)] = EmbeddedData.files) {
        var files: [String: File] = [:]
        for (path, text) in embedded where path.hasPrefix("web/") {
            let name = String(path.dropFirst(4))
            let hash = ContentHashShort.of(text)
            files[name] = File(body: ByteBuffer(string: text), contentType: StaticFiles.contentType(name), etag: "\"\(hash)\"")
        }
        self.files = files
    }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "json", "geojson", "topojson": return "application/json; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    /// The file's response (304 when the client's copy is current); nil when there is no such file.
    func response(_ name: String, request: Request) -> Response? {
        guard !name.isEmpty, !name.contains(".."), let f = files[name] else { return nil }
        var headers = HTTPFields()
        headers[.contentType] = f.contentType
        headers[.eTag] = f.etag
        // the page itself is always revalidated; assets may be reused for an hour, then revalidated
        headers[.cacheControl] = name == "index.html" ? "no-cache" : "public, max-age=3600"
        if request.headers[.ifNoneMatch] == f.etag {
            return Response(status: .notModified, headers: headers)
        }
        if request.method == .head {
            headers[.contentLength] = String(f.body.readableBytes)
            return Response(status: .ok, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: f.body))
    }
}

/// A short content tag for ETags: FNV-1a 64 over the UTF-8 bytes.
enum ContentHashShort {
    static func of(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
}
