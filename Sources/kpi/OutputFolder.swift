import Foundation
import KPIReports

/// Writes a whole folder of reports atomically: everything goes into a hidden sibling folder, which then
/// takes the target's place in one step. A failed or killed run leaves no partial folder and does not
/// touch a previous one.
///
/// The folder is marked as kpi's (`ReviewFolderMarker`), and only a folder `ProtectedPaths` allows is
/// ever replaced: kpi never replaces or deletes what it did not write.
enum OutputFolder {
    static func write(_ files: [(name: String, bytes: [UInt8])], to path: String, protecting protected: ProtectedPaths) throws {
        let plan = try check(path, protecting: protected)
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        // Missing folders above the output are created; the output folder itself still appears in one rename.
        let parents = try ParentFolders.create(above: target.path, shown: path)
        do {
            try write(files, to: target, parent: parent, plan: plan, shown: path, protecting: protected)
        } catch {
            parents.removeIfEmpty()
            throw error
        }
    }

    private static func write(
        _ files: [(name: String, bytes: [UInt8])], to target: URL, parent: URL, plan: FolderReplacement, shown path: String,
        protecting protected: ProtectedPaths
    ) throws {
        let stagingPrefix = "." + target.lastPathComponent + ".kpi-"
        removeAbandonedStaging(in: parent.path, prefix: stagingPrefix)
        var template = Array((parent.path + "/" + stagingPrefix + "\(getpid())-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let staging = String(cString: created)
        // mkdtemp makes the folder private (0700); the reports get the mode any new folder would.
        let mask = umask(0)
        umask(mask)
        chmod(staging, 0o777 & ~mask)
        do {
            for file in files {
                try Data(file.bytes).write(to: URL(fileURLWithPath: staging + "/" + file.name))
            }
            let marker = ReviewFolderMarker.contents(listing: files.map(\.name))
            try Data(marker).write(to: URL(fileURLWithPath: staging + "/" + ReviewFolderMarker.fileName))
            // The folder may have changed while the reports were written: judge it again just before.
            guard try check(path, protecting: protected) == plan else {
                throw CLIError("cannot write \(path): it changed while kpi was writing; run again")
            }
            switch plan {
            case .create:
                guard rename(staging, target.path) == 0 else { throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))") }
            case .replace:
                try replace(target.path, with: staging, shown: path)
                // `staging` now holds the previous folder, which the check found to be kpi's own.
                try? FileManager.default.removeItem(atPath: staging)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            if let error = error as? CLIError { throw error }
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Removes the staging folders of earlier runs that were killed before they finished: hidden
    /// siblings named `.NAME.kpi-PID-XXXXXX` whose process no longer runs, holding only files.
    private static func removeAbandonedStaging(in parent: String, prefix: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0,
                  rest[rest.index(after: dash)...].count == 6, kill(pid, 0) != 0, errno == ESRCH else { continue }
            let folder = parent + "/" + entry
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder),
                  files.allSatisfy({ isRegularFile(folder + "/" + $0) }) else { continue }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// What `ProtectedPaths` allows at `path`, as a CLI error when it allows nothing.
    static func check(_ path: String, protecting protected: ProtectedPaths) throws -> FolderReplacement {
        do {
            return try protected.checkFolder(path)
        } catch {
            throw CLIError(error.message)
        }
    }

    /// Swaps the folders `target` and `staging` in one step where the system can (Linux's
    /// `renameat2` with `RENAME_EXCHANGE`), so the target is never missing; elsewhere it moves the
    /// previous folder aside first, and back if the second move fails.
    private static func replace(_ target: String, with staging: String, shown: String) throws {
        if let exchange = renameExchange {
            if exchange(AT_FDCWD, staging, AT_FDCWD, target, 2 /* RENAME_EXCHANGE */) == 0 { return }
            guard errno == ENOSYS || errno == EINVAL else {
                throw CLIError("cannot replace \(shown): \(String(cString: strerror(errno)))")
            }
        }
        let aside = staging + ".previous"
        guard rename(target, aside) == 0 else { throw CLIError("cannot replace \(shown): \(String(cString: strerror(errno)))") }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, target)
            throw CLIError("cannot replace \(shown): \(reason)")
        }
        guard rename(aside, staging) == 0 else { throw CLIError("cannot replace \(shown): \(String(cString: strerror(errno)))") }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, which Swift's Glibc module does not declare; nil where it does not exist.
    private static let renameExchange: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
}
