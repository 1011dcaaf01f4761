import Foundation

/// libFuzzer's entry point: runs the target that `KPI_FUZZ_TARGET` names on one input.
///
/// One binary holds every target so that the sanitised build links once; scripts/fuzz sets the
/// variable. A target must return normally for every input: a trap, a sanitizer report or a leak is
/// the finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}
