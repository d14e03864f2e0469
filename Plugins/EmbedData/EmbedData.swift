import Foundation
import PackagePlugin

/// Embeds every file under the target's `Data/` folder as a string constant,
/// so the engine carries its knowledge with it and never opens a file.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDir = target.directoryURL.appending(path: "Data")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dataDir, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                if url.lastPathComponent.hasPrefix(".") { continue }
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) knowledge files of \(target.name)",
            executable: try context.tool(named: "EmbedDataTool").url,
            arguments: [dataDir.path, output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
