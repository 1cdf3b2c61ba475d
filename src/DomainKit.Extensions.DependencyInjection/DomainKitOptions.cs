using DomainKit.Assistance;
using DomainKit.Policies;
using Microsoft.Extensions.Configuration;

namespace DomainKit.Extensions.DependencyInjection;

/// <summary>Which policy sets an application uses, and in which time zone its "today" falls.</summary>
/// <remarks>
/// Set in code with <c>services.AddDomainKit(options =&gt; ...)</c>, or read from a configuration section such as
/// <c>"DomainKit": { "DefaultPolicy": "city-2026", "PolicyFiles": [ "policies/city-2026.json" ], "TimeZone": "Asia/Shanghai" }</c>
/// with <c>services.AddDomainKit(configuration.GetSection("DomainKit"))</c>.
/// </remarks>
public sealed class DomainKitOptions
{
    /// <summary>The configuration section the options are usually read from.</summary>
    public const string SectionName = "DomainKit";

    /// <summary>
    /// The policy set used when a call names none: a bundled ID (<see cref="PolicySets.BundledIds"/>) or the
    /// <c>id</c> of a policy file in <see cref="PolicyFiles"/>. By default <see cref="PolicySets.ZhifuPilotId"/>.
    /// </summary>
    public string DefaultPolicy { get; set; } = PolicySets.ZhifuPilotId;

    /// <summary>
    /// Policy files (contract <c>domainkit/policy-set@1</c>) to load beside the bundled sets, each known by the
    /// <c>id</c> inside it. A relative path is taken from the application's base directory, where files copied to
    /// the output land.
    /// </summary>
    public IList<string> PolicyFiles { get; } = [];

    /// <summary>
    /// A registry of regional layers (contract <c>domainkit/policy-registry@1</c>) for <see cref="PolicyRegistry.FindByRegion"/>:
    /// province, city and county policy files over a national base, keyed by GB/T 2260 code. A relative path is taken
    /// from the application's base directory; null for none.
    /// </summary>
    public string? RegionRegistry { get; set; }

    /// <summary>
    /// The IANA time zone whose calendar date is "today" when a call gives no date; by default
    /// <see cref="AssistanceCase.DefaultTimeZoneId"/>.
    /// </summary>
    public string TimeZone { get; set; } = AssistanceCase.DefaultTimeZoneId;

    /// <summary>Reads the options from a configuration section; keys the section lacks keep their values.</summary>
    /// <param name="section">The section, such as <c>configuration.GetSection("DomainKit")</c>.</param>
    /// <remarks>
    /// Read key by key rather than through the reflection-based configuration binder, so applications that trim or
    /// publish with NativeAOT can use it.
    /// </remarks>
    public void ReadFrom(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        DefaultPolicy = section[nameof(DefaultPolicy)] ?? DefaultPolicy;
        TimeZone = section[nameof(TimeZone)] ?? TimeZone;
        RegionRegistry = section[nameof(RegionRegistry)] ?? RegionRegistry;
        foreach (var file in section.GetSection(nameof(PolicyFiles)).GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(file.Value))
            {
                PolicyFiles.Add(file.Value);
            }
        }
    }
}
