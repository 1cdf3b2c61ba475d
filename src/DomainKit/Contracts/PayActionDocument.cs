using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>The <c>pay</c> command: pays approved aid from the programme's fund (ZF-FD-01).</summary>
[Description("Pays approved aid from the programme's fund (ZF-FD-01).")]
public sealed record PayActionDocument : CaseActionDocument
{
    /// <summary>The amount paid.</summary>
    [Yuan(0, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount paid.")]
    public required decimal Amount { get; init; }
}
