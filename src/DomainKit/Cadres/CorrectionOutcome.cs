namespace DomainKit.Cadres;

/// <summary>What follow-up found of a correction order (SX-FT-03).</summary>
public enum CorrectionOutcome
{
    /// <summary>The mistake was corrected by the deadline.</summary>
    Corrected = 1,

    /// <summary>The mistake was not corrected by the deadline.</summary>
    NotCorrected = 2,
}
