extension Severity {
    /// The lowest score of each band above `none`: low from 0.10, medium from 0.35, high from 0.70.
    public static let cutoffs: [(severity: Severity, from: Double)] = [(.high, 0.70), (.medium, 0.35), (.low, 0.10)]

    /// The band `score` falls in.
    public init(score: Double) {
        self = Self.cutoffs.first { score >= $0.from }?.severity ?? .none
    }

    /// The lowest score of this band (0 for `none`).
    public var lowestScore: Double {
        Self.cutoffs.first { $0.severity == self }?.from ?? 0
    }

    /// The score where the next band starts (1 for `high`).
    public var upperCutoff: Double {
        switch self {
        case .none: Self.cutoffs.first { $0.severity == .low }?.from ?? 1
        case .low: Self.cutoffs.first { $0.severity == .medium }?.from ?? 1
        case .medium: Self.cutoffs.first { $0.severity == .high }?.from ?? 1
        case .high: 1
        }
    }
}
