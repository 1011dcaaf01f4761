import CLibCrypto

/// SHA-256 (FIPS 180-4), computed by the system's OpenSSL `libcrypto`, which uses the CPU's SHA
/// instructions where there are some: about five times the speed of a portable implementation, and it
/// costs kpi's build nothing. The only file of kpi that touches OpenSSL's pointers.
///
/// A value: copying a hasher part-way copies its state, so both copies can go on independently.
public struct SHA256: Sendable {
    /// OpenSSL's digest context, owned by one hasher at a time (copied before a shared one is changed).
    private final class Context: @unchecked Sendable {
        let pointer: OpaquePointer

        init() {
            // Allocating a context and selecting SHA-256 fail only when memory is exhausted.
            guard let pointer = EVP_MD_CTX_new(), EVP_DigestInit_ex(pointer, EVP_sha256(), nil) == 1 else {
                fatalError("OpenSSL could not set up a SHA-256 context")
            }
            self.pointer = pointer
        }

        init(copying other: Context) {
            guard let pointer = EVP_MD_CTX_new(), EVP_MD_CTX_copy_ex(pointer, other.pointer) == 1 else {
                fatalError("OpenSSL could not copy a SHA-256 context")
            }
            self.pointer = pointer
        }

        deinit { EVP_MD_CTX_free(pointer) }
    }

    private var context = Context()

    public init() {}

    /// Adds bytes to the message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if !isKnownUniquelyReferenced(&context) { context = Context(copying: context) }
        guard EVP_DigestUpdate(context.pointer, base, bytes.count) == 1 else {
            fatalError("OpenSSL failed to hash \(bytes.count) bytes")
        }
    }

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { update($0) }
        }
    }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// The 32-byte digest of everything added so far. The hasher itself is left as it was.
    public func finalize() -> [UInt8] {
        let copy = Context(copying: context)
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let finished = digest.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(copy.pointer, $0.baseAddress, &length) }
        guard finished == 1, length == 32 else { fatalError("OpenSSL failed to finish a SHA-256 digest") }
        return digest
    }

    /// The digest as 64 lower-case hexadecimal digits, as `sha256sum` prints it.
    public func hexDigest() -> String { Self.hex(finalize()) }

    /// The digest of `bytes`, in hexadecimal.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.hexDigest()
    }

    static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
