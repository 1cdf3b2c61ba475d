using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Policies;

/// <summary>
/// An immutable, named and versioned collection of dated policy parameters: the rules' numbers
/// for one place and time, such as the national baseline or the Zhifu pilot.
/// </summary>
/// <remarks>
/// <para>
/// Bundled presets come from <see cref="PolicySets"/>; an integrator's own standards load from JSON
/// with <see cref="PolicySetJson"/>. A reform is an override: <see cref="With{T}(PolicyParameter{T}, T, LocalDate, Provenance?)"/>
/// returns a new policy set and leaves this one untouched.
/// </para>
/// <para>Instances are immutable and safe to share across threads.</para>
/// </remarks>
public sealed class PolicySet
{
    private readonly ImmutableDictionary<PolicyParameter, Timeline> timelines;
    private string? contentHash;

    private PolicySet(
        string id,
        string name,
        string version,
        string description,
        ChineseText chinese,
        ImmutableDictionary<PolicyParameter, Timeline> timelines,
        ImmutableArray<PolicyParameter> overridden,
        Layering layering = default)
    {
        Id = id;
        Name = name;
        Version = version;
        Description = description;
        ChineseName = chinese.Name;
        ChineseDescription = chinese.Description;
        this.timelines = timelines;
        OverriddenParameters = overridden;
        Region = layering.Region;
        Layers = layering.Layers.IsDefault ? [] : layering.Layers;
    }

    /// <summary>The stable identifier, such as <c>zhifu-pilot</c>.</summary>
    public string Id { get; }

    /// <summary>A human-readable name.</summary>
    public string Name { get; }

    /// <summary>The version of the policy set's data, such as <c>2026.1</c>.</summary>
    public string Version { get; }

    /// <summary>What the policy set covers and where its values come from.</summary>
    public string Description { get; }

    /// <summary>The name in Simplified Chinese, or null when the set gives none.</summary>
    public string? ChineseName { get; }

    /// <summary>The description in Simplified Chinese, or null when the set gives none.</summary>
    public string? ChineseDescription { get; }

    /// <summary>The administrative division this set is for (its top layer's region), or null.</summary>
    public RegionCode? Region { get; }

    /// <summary>
    /// The layers the set was resolved from, the base first and this set's own layer last (national base, province,
    /// city, county); empty for a set read from one standalone file or built in code. Every value of a layered set
    /// names its layer in <see cref="Provenance.Layer"/>.
    /// </summary>
    public ImmutableArray<PolicyLayerReference> Layers { get; }

    /// <summary>The parameters changed by <see cref="With{T}(PolicyParameter{T}, T, LocalDate, Provenance?)"/> since the set was loaded, in the order first changed.</summary>
    public ImmutableArray<PolicyParameter> OverriddenParameters { get; }

    /// <summary>Whether any parameter was overridden since the set was loaded.</summary>
    public bool IsModified => !OverriddenParameters.IsEmpty;

    /// <summary>Every timeline, ordered by parameter identifier.</summary>
    public IEnumerable<Timeline> Timelines => timelines.Values.OrderBy(t => t.Parameter.Id, StringComparer.Ordinal);

    /// <summary>Creates a policy set.</summary>
    /// <param name="id">A stable identifier of lower-case letters, digits and hyphens.</param>
    /// <param name="name">A human-readable name.</param>
    /// <param name="version">The data version.</param>
    /// <param name="description">What the set covers.</param>
    /// <param name="timelines">At most one timeline per parameter.</param>
    /// <returns>The policy set, or Invalid naming each problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelines"/> is null.</exception>
    public static Result<PolicySet> Create(string id, string name, string version, string description, IEnumerable<Timeline> timelines) =>
        Create(id, name, version, description, timelines, null, null);

    /// <summary>Creates a policy set with its name and description in Chinese as well.</summary>
    /// <param name="id">A stable identifier of lower-case letters, digits and hyphens.</param>
    /// <param name="name">A human-readable name.</param>
    /// <param name="version">The data version.</param>
    /// <param name="description">What the set covers.</param>
    /// <param name="timelines">At most one timeline per parameter.</param>
    /// <param name="chineseName">The name in Simplified Chinese, shown in Chinese text; null when there is none.</param>
    /// <param name="chineseDescription">The description in Simplified Chinese; null when there is none.</param>
    /// <returns>The policy set, or Invalid naming each problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelines"/> is null.</exception>
    public static Result<PolicySet> Create(
        string id,
        string name,
        string version,
        string description,
        IEnumerable<Timeline> timelines,
        string? chineseName,
        string? chineseDescription)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var errors = CheckHeader(id, name, version);
        if (chineseName is not null && string.IsNullOrWhiteSpace(chineseName))
        {
            errors.Add(Errors.At("nameZh", ErrorCodes.Required, "A Chinese name, when given, must not be blank."));
        }

        var builder = ImmutableDictionary.CreateBuilder<PolicyParameter, Timeline>();
        foreach (var timeline in timelines)
        {
            ArgumentNullException.ThrowIfNull(timeline, nameof(timelines));
            if (!builder.TryAdd(timeline.Parameter, timeline))
            {
                errors.Add(Errors.At("parameters." + timeline.Parameter.Id, ErrorCodes.JsonDuplicateProperty, $"Parameter {timeline.Parameter.Id} is given twice."));
            }
        }

        return errors.Count > 0
            ? Result<PolicySet>.Invalid(errors)
            : Result<PolicySet>.Success(new PolicySet(id, name, version, description ?? string.Empty, new ChineseText(chineseName, string.IsNullOrEmpty(chineseDescription) ? null : chineseDescription), builder.ToImmutable(), []));
    }

    /// <summary>
    /// The SHA-256 of the set as a policy file (<see cref="PolicySetJson.Write"/>), as <c>sha256:</c> and 64 hex digits:
    /// what a decision names besides the ID and version, so that two sets that share an ID and a version but differ in
    /// any value, date or citation can be told apart. Computed on first use.
    /// </summary>
    public string ContentHash => Volatile.Read(ref contentHash) ?? (contentHash = ComputeContentHash());

    /// <summary>The name to show in a language: the Chinese one in Chinese when the set gives it, otherwise <see cref="Name"/>.</summary>
    /// <param name="language">The language of the text it goes into.</param>
    /// <returns>The name.</returns>
    public string NameIn(Explanations.Language language) =>
        language == Explanations.Language.ChineseSimplified && ChineseName is not null ? ChineseName : Name;

    /// <summary>The description to show in a language: the Chinese one in Chinese when the set gives it, otherwise <see cref="Description"/>.</summary>
    /// <param name="language">The language of the text it goes into.</param>
    /// <returns>The description.</returns>
    public string DescriptionIn(Explanations.Language language) =>
        language == Explanations.Language.ChineseSimplified && ChineseDescription is not null ? ChineseDescription : Description;

    /// <summary>
    /// How text names the set: in Chinese by its Chinese name (芝罘区救急难试点, marked 调整后 once a reform changed it), in
    /// English, or without a Chinese name, by its ID (a changed set marked <c>*</c>), so that a decision under a reform is
    /// never taken for one under the set as published.
    /// </summary>
    internal string LabelIn(Explanations.Language language) =>
        language == Explanations.Language.ChineseSimplified && ChineseName is { } name
            ? (IsModified ? Explanations.MessageCatalog.Format(language, Explanations.MessageKeys.PolicyModified, [Explanations.MessageArgument.Of("policy", name)]) : name)
            : (IsModified ? Id + "*" : Id);

    /// <summary>Whether the set holds a timeline for a parameter.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(PolicyParameter parameter) => timelines.ContainsKey(parameter);

    /// <summary>Gets the timeline of a parameter.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <param name="timeline">The timeline when the set holds one.</param>
    /// <returns><see langword="true"/> when the set holds the parameter.</returns>
    public bool TryGetTimeline<T>(PolicyParameter<T> parameter, out Timeline<T> timeline)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (timelines.TryGetValue(parameter, out var found))
        {
            timeline = (Timeline<T>)found;
            return true;
        }

        timeline = null!;
        return false;
    }

    /// <summary>Finds the value of a parameter in effect on a date.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The value with its effective date and provenance; or Invalid with code <see cref="ErrorCodes.ParameterMissing"/>
    /// when the set lacks the parameter, or <see cref="ErrorCodes.ParameterNotInEffect"/> when the date is before its first value.
    /// </returns>
    public Result<DatedValue<T>> ValueAt<T>(PolicyParameter<T> parameter, LocalDate date)
        where T : notnull =>
        TryGetTimeline(parameter, out var timeline)
            ? timeline.ValueAt(date)
            : Result<DatedValue<T>>.Invalid(MissingParameter(parameter));

    /// <summary>Finds the value of a parameter in effect on a date, if the set holds one then.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter, typically an optional one.</param>
    /// <param name="date">The date.</param>
    /// <returns>The value, or null when the set lacks the parameter or the date is before its first value.</returns>
    public DatedValue<T>? ValueAtOrNull<T>(PolicyParameter<T> parameter, LocalDate date)
        where T : notnull =>
        TryGetTimeline(parameter, out var timeline) && timeline.TryGetValueAt(date, out var value) ? value : null;

    /// <summary>
    /// Returns a policy set in which <paramref name="parameter"/> takes <paramref name="value"/> from
    /// <paramref name="effectiveFrom"/> on; values effective earlier or later are kept, and a value with the
    /// same date is replaced. This set is unchanged.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter to change.</param>
    /// <param name="value">The new value.</param>
    /// <param name="effectiveFrom">The first day the new value applies.</param>
    /// <param name="provenance">Where the value comes from; by default it is marked illustrative, as a reform under study is.</param>
    /// <returns>The changed policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameter"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the parameter's bounds.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type (a typed parameter, or a parameter ID with a JSON value), so no call can bind to the wrong one.")]
    public PolicySet With<T>(PolicyParameter<T> parameter, T value, LocalDate effectiveFrom, Provenance? provenance = null)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var dated = new DatedValue<T>(effectiveFrom, value, provenance ?? Provenance.Illustrative("Override supplied by the caller."));
        Timeline<T> changed;
        if (TryGetTimeline(parameter, out var existing))
        {
            changed = existing.With(dated);
        }
        else
        {
            var created = Timeline.Of(parameter, dated);
            if (!created.IsSuccess)
            {
                throw new ArgumentOutOfRangeException(nameof(value), $"The value is not allowed for parameter {parameter.Id}.");
            }

            changed = created.Value;
        }

        return With(changed);
    }

    /// <summary>
    /// Returns a policy set in which a parameter, named by its ID, takes a value written as in a policy file
    /// (<c>950.00</c>, <c>0.8</c>, <c>"halfUp"</c>, an object for a table) from a date: the way scenario files and the
    /// command line state a reform. This set is unchanged.
    /// </summary>
    /// <param name="parameterId">The parameter's ID, such as <c>dibaoStandardMonthly</c>.</param>
    /// <param name="jsonValue">The value as JSON.</param>
    /// <param name="effectiveFrom">The first day the value applies.</param>
    /// <param name="provenance">Where the value comes from; illustrative by default.</param>
    /// <returns>The changed set, or Invalid naming an unknown parameter or a value the parameter does not allow.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type (a typed parameter, or a parameter ID with a JSON value), so no call can bind to the wrong one.")]
    public Result<PolicySet> With(string parameterId, string jsonValue, LocalDate effectiveFrom, Provenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(parameterId);
        ArgumentNullException.ThrowIfNull(jsonValue);
        var path = "parameters." + parameterId;
        if (!ParameterCatalog.TryFind(parameterId, out var parameter))
        {
            return Result<PolicySet>.Invalid(Errors.At(path, ErrorCodes.UnknownName, "No parameter has this ID; see docs/parameters.md."));
        }

        if (!Serialization.StrictJsonReader.TryParse(Serialization.StrictJsonReader.ToUtf8(jsonValue), out var document, out var malformed))
        {
            return Result<PolicySet>.Invalid(Errors.WithPath(malformed!, path));
        }

        using (document)
        {
            return parameter.Override(this, document!.RootElement, Dates.Iso(effectiveFrom), provenance ?? Provenance.Illustrative("Override supplied by the caller."), path);
        }
    }

    /// <summary>Returns a policy set in which a parameter's whole timeline is replaced. This set is unchanged.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="timeline">The new timeline.</param>
    /// <returns>The changed policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public PolicySet With<T>(Timeline<T> timeline)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var overridden = OverriddenParameters.Contains(timeline.Parameter) ? OverriddenParameters : OverriddenParameters.Add(timeline.Parameter);
        return new PolicySet(Id, Name, Version, Description, new ChineseText(ChineseName, ChineseDescription), timelines.SetItem(timeline.Parameter, timeline), overridden, new Layering(Region, Layers));
    }

    /// <summary>
    /// A layer resolved over its base: the layer's header (ID, names, version, region), the base's timelines with the
    /// layer's changes applied, each value stated as coming from its layer. A base read from one file becomes the
    /// first layer. The layer's own timelines are already checked; a whole timeline replaces the base's, an added one
    /// is merged into it.
    /// </summary>
    internal static Result<PolicySet> Layered(PolicySet underneath, PolicySet layer, IReadOnlySet<PolicyParameter> added)
    {
        var reference = new PolicyLayerReference(layer.Id, layer.Name, layer.ChineseName, layer.Region);
        var baseLayers = underneath.Layers;
        var merged = underneath.timelines;
        if (baseLayers.IsEmpty)
        {
            var baseReference = new PolicyLayerReference(underneath.Id, underneath.Name, underneath.ChineseName, underneath.Region);
            merged = merged.ToImmutableDictionary(p => p.Key, p => p.Value.FromLayer(baseReference));
            baseLayers = [baseReference];
        }

        if (layer.Region is { } region && underneath.Region is { } baseRegion && !region.IsWithin(baseRegion))
        {
            return Result<PolicySet>.Invalid(Errors.At("region", ErrorCodes.RegionGap, $"Region {region} does not lie within region {baseRegion} of the set it is based on."));
        }

        if (baseLayers.Any(l => l.Id == reference.Id))
        {
            return Result<PolicySet>.Invalid(Errors.At("id", ErrorCodes.BaseCycle, $"Layer {reference.Id} is already in the chain it is based on; every layer needs an ID of its own."));
        }

        foreach (var (parameter, timeline) in layer.timelines)
        {
            var own = timeline.FromLayer(reference);
            merged = merged.SetItem(parameter, added.Contains(parameter) ? own.AddedTo(merged.GetValueOrDefault(parameter)) : own);
        }

        return Result<PolicySet>.Success(new PolicySet(
            layer.Id,
            layer.Name,
            layer.Version,
            string.IsNullOrEmpty(layer.Description) ? underneath.Description : layer.Description,
            new ChineseText(layer.ChineseName, layer.ChineseDescription ?? (string.IsNullOrEmpty(layer.Description) ? underneath.ChineseDescription : null)),
            merged,
            [],
            new Layering(layer.Region, baseLayers.Add(reference))));
    }

    /// <summary>The same set, stated as being for a division.</summary>
    internal PolicySet ForRegion(RegionCode? region) =>
        new(Id, Name, Version, Description, new ChineseText(ChineseName, ChineseDescription), timelines, OverriddenParameters, new Layering(region, Layers));

    /// <summary>The same set with the layers a written file names, restored as they were written.</summary>
    internal PolicySet WithLayers(ImmutableArray<PolicyLayerReference> layers) =>
        new(Id, Name, Version, Description, new ChineseText(ChineseName, ChineseDescription), timelines, OverriddenParameters, new Layering(Region, layers));

    /// <inheritdoc />
    public override string ToString() => IsModified ? $"{Id} {Version} (modified)" : $"{Id} {Version}";

    // A plain check rather than a FluentValidation validator: building a validator compiles its rule expressions, and
    // that cost fell on every application's first policy load for three fields.
    private static List<ValidationError> CheckHeader(string? id, string? name, string? version)
    {
        var errors = new List<ValidationError>();
        if (!IsValidId(id))
        {
            errors.Add(Errors.At("id", ErrorCodes.Required, "The identifier must be 1-64 lower-case letters, digits or hyphens."));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(Errors.At("name", ErrorCodes.Required, "The name is required."));
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            errors.Add(Errors.At("version", ErrorCodes.Required, "The version is required."));
        }

        return errors;
    }

    private static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    internal static ValidationError MissingParameter(PolicyParameter parameter) => Errors.At(
        "policy.parameters." + parameter.Id,
        ErrorCodes.ParameterMissing,
        $"The policy set has no values for parameter {parameter.Id} ({parameter.RuleId}).");

    private string ComputeContentHash() =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PolicySetJson.Write(this))));

    private readonly record struct ChineseText(string? Name, string? Description);

    private readonly record struct Layering(RegionCode? Region, ImmutableArray<PolicyLayerReference> Layers);
}
