namespace DomainKit.Benchmarks.Engines;

/// <summary>The decision the NRules actions build for one household.</summary>
public sealed class EngineOutcome
{
    public bool DibaoEligible { get; set; }

    public long DibaoFen { get; set; }

    public bool MarginEligible { get; set; }

    public long MedicalFen { get; set; }

    public long TemporaryFen { get; set; }

    public void Clear()
    {
        DibaoEligible = false;
        DibaoFen = 0;
        MarginEligible = false;
        MedicalFen = 0;
        TemporaryFen = 0;
    }

    public EngineDecision ToDecision() => new(DibaoEligible, DibaoFen, MarginEligible, MedicalFen, TemporaryFen);
}
