import AnnalsStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// Headers on every response: no sniffing, no framing, no referrer, and a
/// Content-Security-Policy that lets the page load only its own files (no
/// inline script or style, no other origin).
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    static func apply(_ h: inout HTTPFields) {
        h[.xContentTypeOptions] = "nosniff"
        h[.contentSecurityPolicy] = contentSecurityPolicy
        h[HTTPField.Name("X-Frame-Options")!] = "DENY"
        h[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        h[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        h[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    }
}

/// Turns errors into JSON answers, adds the security headers, and writes one
/// JSON line per request on standard error: time, method, path, status, ms.
struct APIMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: @Sendable (String) -> Void
    /// The routes' paths with their methods, to answer 405 rather than 404 to a path served with another method.
    let routes: [(segments: [Substring], methods: [String])]

    /// The methods of the route whose path matches (`{x}` one segment, `**` the rest); nil when none does.
    func methods(for path: String) -> [String]? {
        let parts = path.split(separator: "/")
        for r in routes {
            var i = 0, matched = true
            for s in r.segments {
                if s == "**" { i = parts.count; break }
                guard i < parts.count, s.hasPrefix("{") || s == parts[i] else { matched = false; break }
                i += 1
            }
            if matched && i == parts.count { return r.methods }
        }
        return nil
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        var response: Response
        do {
            response = try await next(request, context)
        } catch let e as APIError {
            response = API.json(API.errorBody(e.message), status: .init(code: e.status))
        } catch let e as HTTPError {
            if e.status == .notFound, let allowed = methods(for: request.uri.path), !allowed.contains(request.method.rawValue) {
                response = API.json(API.errorBody("\(request.uri.path) takes \(allowed.joined(separator: ", ")), not \(request.method)"),
                                    status: .methodNotAllowed)
                response.headers[.allow] = allowed.joined(separator: ", ")
            } else {
                let message = e.status == .notFound ? "no such endpoint: \(request.method) \(request.uri.path)" : (e.body ?? e.status.reasonPhrase)
                response = API.json(API.errorBody(message), status: e.status)
            }
        } catch is NIOTooManyBytesError {
            response = API.json(API.errorBody("request body too large"), status: .contentTooLarge)
        } catch let e as any HTTPResponseError {
            response = API.json(API.errorBody(e.status.reasonPhrase), status: e.status)
        } catch {
            response = API.json(API.errorBody("internal error: \(error)"), status: .internalServerError)
        }
        SecurityHeaders.apply(&response.headers)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        log(JSON.object([("time", JSON.quote(Date().formatted(.iso8601))), ("method", JSON.quote(request.method.rawValue)),
                         ("path", JSON.quote(request.uri.path)), ("status", String(response.status.code)),
                         ("ms", String(format: "%.2f", ms))]))
        return response
    }
}

/// Writes one line to standard error in a single write(2) (lines from concurrent requests do not interleave).
public func logLineToStandardError(_ line: String) {
    var bytes = Array(line.utf8)
    bytes.append(0x0A)
    bytes.withUnsafeBytes { p in _ = write(2, p.baseAddress, p.count) }
}

extension API {
    /// The paths and their methods, for 405 answers (a test keeps it in step with the routes registered below).
    static let routeTable: [(path: String, methods: [String])] = [
        ("/", ["GET"]), ("/assets/**", ["GET"]), ("/openapi.json", ["GET"]), ("/api/health", ["GET"]),
        ("/api/documents", ["GET", "POST"]), ("/api/documents/{id}", ["GET"]), ("/api/events", ["GET"]), ("/api/clusters", ["GET"]),
        ("/api/actors", ["GET"]), ("/api/quotes", ["GET"]), ("/api/timeline/daily", ["GET"]), ("/api/network", ["GET"]),
        ("/api/places", ["GET"]),
    ]

    /// Every route the server answers, in one place: the router is built from
    /// it and a test checks it against the OpenAPI document.
    public func router(log: @escaping @Sendable (String) -> Void = logLineToStandardError) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: APIMiddleware(log: log, routes: API.routeTable.map { ($0.path.split(separator: "/"), $0.methods) }))
        let statics = StaticFiles()
        let openAPI = OpenAPIDocument.text
        let api = self

        router.get("/") { request, _ in
            guard let r = statics.response("index.html", request: request) else { throw APIError(404, "no index.html in this build") }
            return r
        }
        router.get("/assets/**") { request, context in
            let name = context.parameters.getCatchAll().joined(separator: "/")
            guard let r = statics.response(name, request: request) else { throw APIError(404, "no such file: /assets/\(name)") }
            return r
        }
        router.get("/openapi.json") { _, _ in API.json(openAPI) }
        router.get("/api/health") { _, _ in try await api.health() }
        router.get("/api/documents") { request, _ in
            try await api.list(request, allowed: ParameterSet.documents, raw: ["topics"]) { try $0.documents($1) }
        }
        router.post("/api/documents") { request, _ in try await api.post(request) }
        router.get("/api/documents/{id}") { _, context in
            try await api.document(id: context.parameters.require("id"))
        }
        router.get("/api/events") { request, _ in
            try await api.list(request, allowed: ParameterSet.events, bool: ["negated"]) { try $0.events($1) }
        }
        router.get("/api/clusters") { request, _ in
            try await api.list(request, allowed: ParameterSet.events) { try $0.timeline($1) }
        }
        router.get("/api/actors") { request, _ in
            try await api.list(request, allowed: ParameterSet.speakers) { try $0.actors($1) }
        }
        router.get("/api/quotes") { request, _ in
            try await api.list(request, allowed: ParameterSet.speakers) { try $0.quotes($1) }
        }
        router.get("/api/timeline/daily") { request, _ in
            try await api.list(request, allowed: ParameterSet.events) { try $0.daily($1) }
        }
        router.get("/api/network") { request, _ in try await api.network(request) }
        router.get("/api/places") { request, _ in
            try await api.list(request, allowed: ParameterSet.events) { try $0.places($1) }
        }
        return router
    }
}

/// The OpenAPI 3.1 document (Data/openapi.json).
public enum OpenAPIDocument {
    public static let text: String = EmbeddedData.files.first { $0.path == "openapi.json" }?.text ?? "{}"
}

/// `annals serve`: the application on `host:port`.
/// Connections idle for `idleTimeout` (a slow client's included: the time runs between reads) are closed.
public func makeApplication(api: API, host: String, port: Int, idleTimeout: Duration = .seconds(30),
                            log: @escaping @Sendable (String) -> Void = logLineToStandardError) -> some ApplicationProtocol {
    var logger = Logger(label: "annals")
    logger.logLevel = .warning
    return Application(
        router: api.router(log: log),
        server: .http1(configuration: .init(idleTimeout: TimeAmount(idleTimeout))),
        configuration: .init(address: .hostname(host, port: port), serverName: nil, backlog: 1024),
        logger: logger
    )
}
