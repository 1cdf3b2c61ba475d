using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>verificationRecorded</c> event: a register check of a declared amount (VR-02, ZF-VR-01).</summary>
[Description("A register check of a declared amount (VR-02, ZF-VR-01).")]
public sealed record VerificationRecordedDocument : CaseEventDocument
{
    /// <summary>The register checked.</summary>
    [Description("The register checked.")]
    public required VerificationSource Source { get; init; }

    /// <summary>The amount declared.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount declared.")]
    public required decimal Declared { get; init; }

    /// <summary>The amount the register shows.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount the register shows.")]
    public required decimal Verified { get; init; }
}
