using System.ComponentModel;
using System.Text.Json.Serialization;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>An expenditure-hardship claim (EX-01 to EX-03).</summary>
[Description("An expenditure-hardship claim: the rigid spending of the household over the assessment window (EX-01 to EX-03).")]
public sealed record ExpenditureClaimDocument
{
    /// <summary>Medical spending. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Medical spending. Default 0.")]
    public decimal? MedicalSpending { get; init; }

    /// <summary>Education spending. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Education spending. Default 0.")]
    public decimal? EducationSpending { get; init; }

    /// <summary>Basic living spending. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Basic living spending. Default 0.")]
    public decimal? BasicLivingSpending { get; init; }

    /// <summary>Rehabilitation spending. Default 0.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("Rehabilitation spending. Default 0.")]
    public decimal? RehabilitationSpending { get; init; }

    /// <summary>The spending comes from illness, disaster or accident. Default false.</summary>
    [Description("The spending comes from illness, disaster or accident. Default false.")]
    public bool? IllnessOrDisasterSpending { get; init; }

    /// <summary>Still in difficulty after emergency relief. Default false.</summary>
    [Description("Still in difficulty after emergency relief. Default false.")]
    public bool? InDifficultyAfterEmergencyRelief { get; init; }

    /// <summary>When the household was recognised, for its periodic review.</summary>
    [Description("When the household was recognised, for its periodic review.")]
    public LocalDate? RecognisedOn { get; init; }
}
