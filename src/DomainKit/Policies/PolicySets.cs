using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>The policy sets bundled with the library as embedded data.</summary>
/// <remarks>
/// Each preset is a JSON resource in the same format an integrator's policy file uses, loaded once on
/// first use. Values the sources do not give are present only with provenance
/// <see cref="SourceKind.Illustrative"/>. This class is thread-safe.
/// </remarks>
public static class PolicySets
{
    /// <summary>The identifier of <see cref="NationalBaseline"/>.</summary>
    public const string NationalBaselineId = "national-baseline";

    /// <summary>The identifier of <see cref="ZhifuPilot"/>.</summary>
    public const string ZhifuPilotId = "zhifu-pilot";

    /// <summary>The identifier of the Shaanxi 2016 preset: the national baseline with Shaanxi's rules for cadres.</summary>
    public const string Shaanxi2016Id = "shaanxi-2016";

    private static readonly Lazy<PolicySet> NationalBaselineSet = new(() => LoadBundled(NationalBaselineId));
    private static readonly Lazy<PolicySet> ZhifuPilotSet = new(() => LoadBundled(ZhifuPilotId));
    private static readonly Lazy<PolicySet> Shaanxi2016Set = new(() => LoadBundled(Shaanxi2016Id));

    /// <summary>The identifiers of every bundled policy set.</summary>
    public static ImmutableArray<string> BundledIds { get; } = [NationalBaselineId, ZhifuPilotId, Shaanxi2016Id];

    /// <summary>The national rules (社会救助暂行办法 and its implementing rules), with illustrative local values.</summary>
    public static PolicySet NationalBaseline => NationalBaselineSet.Value;

    /// <summary>The Zhifu District 救急难 pilot, with illustrative values where the seed gives none.</summary>
    public static PolicySet ZhifuPilot => ZhifuPilotSet.Value;

    /// <summary>
    /// Shaanxi 2016: the national baseline with Shaanxi province's 2016 rules for cadres moving up and down
    /// (SX-NSNX16): the step-down triggers and thresholds of art. 6 and the ways down of art. 4.
    /// </summary>
    public static PolicySet Shaanxi2016 => Shaanxi2016Set.Value;

    /// <summary>Finds a bundled policy set by identifier.</summary>
    /// <param name="id">An identifier from <see cref="BundledIds"/>.</param>
    /// <returns>The policy set, or Invalid with code <see cref="ErrorCodes.PolicyUnknown"/>.</returns>
    public static Result<PolicySet> Bundled(string? id) => id switch
    {
        NationalBaselineId => NationalBaseline,
        ZhifuPilotId => ZhifuPilot,
        Shaanxi2016Id => Shaanxi2016,
        _ => Result<PolicySet>.Invalid(Errors.At("policy", ErrorCodes.PolicyUnknown, $"No bundled policy set has that identifier; bundled: {string.Join(", ", BundledIds)}.")),
    };

    /// <summary>Reads a bundled set from the assembly afresh; the properties above read each set once.</summary>
    internal static PolicySet LoadBundled(string id)
    {
        var resource = $"DomainKit.Policies.Presets.{id}.json";
        using var stream = typeof(PolicySets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The bundled policy set {id} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var result = PolicySetJson.ParseUnchecked(memory.ToArray());
        if (!result.IsSuccess)
        {
            // A bundled preset that does not load is a defect of the build, not bad user input.
            throw new InvalidOperationException($"The bundled policy set {id} is invalid: " + string.Join("; ", result.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorMessage}")));
        }

        return result.Value;
    }
}
