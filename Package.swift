// swift-tools-version: 6.1
import PackageDescription

// The engine (AnnalsCore) depends on nothing but the standard library and
// Foundation, so it builds and tests in seconds. Adapters that need heavy
// packages (the store, the server) get targets of their own.
let package = Package(
    name: "Annals",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "AnnalsCore", targets: ["AnnalsCore"]),
        .executable(name: "annals", targets: ["annals"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The HTTP server (`annals serve`, Sources/AnnalsServer); default traits off: no swift-configuration.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Turns the knowledge files under Sources/AnnalsCore/Data into string
        // constants at build time, so the engine never reads a file at run time.
        .executableTarget(name: "EmbedDataTool", path: "Sources/EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"],
                path: "Plugins/EmbedData"),
        .target(
            name: "AnnalsCore",
            path: "Sources/AnnalsCore",
            exclude: ["Data"],
            // The engine is optimized in debug builds too: the tests load every
            // knowledge base (a 15 MB gazetteer, 16k event patterns) many times,
            // and unoptimized byte loops make that 20 times slower.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))],
            plugins: ["EmbedData"]
        ),
        // The corpus store (docs/store.md): SQLite through the system library.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        // SHA-256 blocks with the x86 SHA extensions, for the store's content and input hashes.
        .target(name: "CSHA256", path: "Sources/CSHA256"),
        .target(name: "AnnalsStore", dependencies: ["CSQLite", "CSHA256"], path: "Sources/AnnalsStore"),
        // The same store in PostgreSQL (`--db postgresql://…`), through the system libpq.
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "AnnalsStorePostgres", dependencies: ["AnnalsCore", "AnnalsStore", "CLibPQ"], path: "Sources/AnnalsStorePostgres"),
        // What `annals ingest` and `POST /api/documents` share: analyze an article and prepare it for the store.
        .target(name: "AnnalsIngest", dependencies: ["AnnalsCore", "AnnalsStore"], path: "Sources/AnnalsIngest"),
        // The HTTP API and the web page (docs/api.md); the page's files under Data/ are embedded at build time.
        .target(
            name: "AnnalsServer",
            dependencies: ["AnnalsCore", "AnnalsStore", "AnnalsIngest",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "HTTPTypes", package: "swift-http-types")],
            path: "Sources/AnnalsServer",
            exclude: ["Data"],
            plugins: ["EmbedData"]
        ),
        .executableTarget(
            name: "annals",
            dependencies: ["AnnalsCore", "AnnalsStore", "AnnalsStorePostgres", "AnnalsIngest", "AnnalsServer",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/annals"
        ),
        // A profiling driver over the engine alone (docs/performance.md): callgrind reads it, not `annals`.
        .executableTarget(name: "annals-profile", dependencies: ["AnnalsCore"], path: "Sources/annals-profile"),
        .testTarget(name: "AnnalsStoreTests", dependencies: ["AnnalsStore"], path: "Tests/AnnalsStoreTests"),
        // Run against a real server when ANNALS_TEST_POSTGRES holds a connection URL (.ci/run sets it).
        .testTarget(name: "AnnalsStorePostgresTests", dependencies: ["AnnalsStorePostgres", "annals", "AnnalsTestSupport"],
                    path: "Tests/AnnalsStorePostgresTests"),
        // The HTTP API in-process (HummingbirdTesting's router client), over a store built from small articles.
        .testTarget(name: "AnnalsServerTests",
                    dependencies: ["AnnalsServer", "AnnalsStore", "AnnalsIngest", .product(name: "HummingbirdTesting", package: "hummingbird")],
                    path: "Tests/AnnalsServerTests"),
        .testTarget(name: "AnnalsCoreTests", dependencies: ["AnnalsCore"], path: "Tests/AnnalsCoreTests"),
        // The store's fields built from the analysis against the analysis record read back.
        .testTarget(name: "AnnalsIngestTests", dependencies: ["AnnalsIngest", "AnnalsStore", "AnnalsCore"], path: "Tests/AnnalsIngestTests"),
        // End-to-end tests: run the built `annals` binary (the dependency makes
        // `swift test` build it; the tests find it next to the test bundle).
        .testTarget(name: "AnnalsCLITests", dependencies: ["annals", "AnnalsStore", "AnnalsTestSupport"], path: "Tests/AnnalsCLITests"),
        // What the tests that run the `annals` binary share (finding it).
        .target(name: "AnnalsTestSupport", path: "Tests/AnnalsTestSupport"),
    ]
)
