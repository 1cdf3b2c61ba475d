namespace DomainKit.Benchmarks.Engines;

/// <summary>One household's decisions under the shared rule set, as every engine must give them: amounts in fen.</summary>
public readonly record struct EngineDecision(bool DibaoEligible, long DibaoFen, bool MarginEligible, long MedicalFen, long TemporaryFen);
