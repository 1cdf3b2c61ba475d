namespace DomainKit.Assistance;

/// <summary>What one stage of a scheme did with a bill (MA-03 to MA-06).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record MedicalStageResult
{
    /// <summary>The stage.</summary>
    public required MedicalStage Stage { get; init; }

    /// <summary>What was still unpaid when the stage began.</summary>
    public required Money Unpaid { get; init; }

    /// <summary>The stage's annual deductible (MA-03).</summary>
    public required Money Deductible { get; init; }

    /// <summary>What is left of the annual deductible after the patient's earlier bills this year; this bill bears only this much.</summary>
    public Money DeductibleLeft { get; init; }

    /// <summary>The unpaid amount above the deductible left.</summary>
    public required Money Base { get; init; }

    /// <summary>The banded ratios applied to the base, rounded once half away from zero to the fen.</summary>
    public required Money Computed { get; init; }

    /// <summary>What the annual cap still allowed: cap less what the stage already paid this year, never negative.</summary>
    public required Money CapLeft { get; init; }

    /// <summary>What the stage pays: the smaller of <see cref="Computed"/> and <see cref="CapLeft"/>.</summary>
    public required Money Paid { get; init; }
}
