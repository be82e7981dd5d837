extension UnsafeMutableBufferPointer where Element == UInt64 {
    /// Marks the dense id `id` as seen in these words used as a bit set (one bit per id, cleared
    /// beforehand), and returns whether it was not seen before: how a text counts each weighted
    /// word once without a table of the words it has met.
    @inline(__always) func insertID(_ id: Int32) -> Bool {
        let bit = UInt64(1) << UInt64(id & 63)
        guard self[Int(id >> 6)] & bit == 0 else { return false }
        self[Int(id >> 6)] |= bit
        return true
    }
}
