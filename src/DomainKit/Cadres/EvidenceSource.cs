namespace DomainKit.Cadres;

/// <summary>Where step-down evidence comes from (SX-PD-00).</summary>
public enum EvidenceSource
{
    /// <summary>Statistics.</summary>
    Statistics = 1,

    /// <summary>Audit.</summary>
    Audit = 2,

    /// <summary>Inspection.</summary>
    Inspection = 3,
}
