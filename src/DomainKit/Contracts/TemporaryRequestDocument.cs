using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>A temporary-assistance request (TA-01 to TA-05).</summary>
[Description("A temporary-assistance request: the hardship, its sudden cost, the need and its severity (TA-01 to TA-05).")]
public sealed record TemporaryRequestDocument
{
    /// <summary>The kind of hardship.</summary>
    [Description("The kind of hardship.")]
    public required HardshipType Type { get; init; }

    /// <summary>The sudden cost the hardship brought.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The sudden cost the hardship brought.")]
    public required decimal SuddenCost { get; init; }

    /// <summary>The need: basic living, medical or education.</summary>
    [Description("The need: basic living, medical or education.")]
    public required TemporaryNeed Need { get; init; }

    /// <summary>How severe the hardship is.</summary>
    [Description("How severe the hardship is.")]
    public required HardshipSeverity Severity { get; init; }

    /// <summary>Where the household is registered and lives. Default localRegistered.</summary>
    [Description("Where the household is registered and lives. Default localRegistered.")]
    public Residence? Residence { get; init; }

    /// <summary>Urgent, so paid first and checked after (TA-04). Default false.</summary>
    [Description("Urgent, so paid first and checked after (TA-04). Default false.")]
    public bool? Urgent { get; init; }

    /// <summary>How many months the hardship is expected to last, 1 to 120. Default 1.</summary>
    [Range(1, 120)]
    [Description("How many months the hardship is expected to last, 1 to 120. Default 1.")]
    public int? ExpectedMonths { get; init; }
}
