/// The file that marks a folder as one `kpi review` wrote, listing every file it wrote there.
///
/// kpi replaces an existing output folder only when this file says kpi wrote it and the folder holds
/// nothing but this file and the files it lists: a folder of the user's, or one where the user has
/// put a file of their own since, is never replaced. The marker is a file of its own rather than a
/// manifest of the reports, so what the reports list can change without changing what kpi trusts.
public enum ReviewFolderMarker {
    /// The marker's name. Hidden, so it does not clutter the folder a reader opens.
    public static let fileName = ".kpi-review"

    /// The first line, which identifies the file as kpi's marker.
    static let signature = "kpi review folder"

    /// The marker's bytes for a folder holding `names` (the files besides the marker).
    public static func contents(listing names: [String]) -> [UInt8] {
        var text = signature + "\n"
        text += "# kpi wrote this folder. The next `kpi review --out` to it replaces it only while it holds this\n"
        text += "# file and the files below and nothing else; put your own files elsewhere.\n"
        for name in names.sorted() { text += name + "\n" }
        return Array(text.utf8)
    }

    /// The names a marker lists, or nil when `bytes` is not a marker kpi wrote.
    public static func listedFiles(in bytes: [UInt8]) -> Set<String>? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(signature) else { return nil }
        return Set(lines.dropFirst().filter { !$0.hasPrefix("#") }.map(String.init))
    }
}
