/// What writing an output folder will do to the path, once `ProtectedPaths` has allowed it.
public enum FolderReplacement: Equatable, Sendable {
    /// Nothing is there: the folder is created.
    case create
    /// An empty folder, or one kpi wrote holding only its marker and the files the marker lists:
    /// the new folder replaces it as a whole.
    case replace
}
