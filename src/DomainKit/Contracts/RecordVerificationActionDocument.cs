using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recordVerification</c> command: records a register check: what the household declared and what the register shows (VR-02).</summary>
[Description("Records a register check: what the household declared and what the register shows (VR-02).")]
public sealed record RecordVerificationActionDocument : CaseActionDocument
{
    /// <summary>The register checked (VR-02).</summary>
    [Description("The register checked (VR-02).")]
    public required VerificationSource Source { get; init; }

    /// <summary>What the household declared.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("What the household declared.")]
    public required decimal Declared { get; init; }

    /// <summary>What the register shows.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("What the register shows.")]
    public required decimal Verified { get; init; }
}
