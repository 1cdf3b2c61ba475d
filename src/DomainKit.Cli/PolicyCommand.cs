using System.CommandLine;
using DomainKit.Policies;

namespace DomainKit.Cli;

/// <summary><c>domainkit policy list|show</c>: the bundled policy sets, and a set's parameters with their whole dated history and provenance.</summary>
internal static class PolicyCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var list = new Command("list", text.Say($"List the bundled policy sets."));
        list.SetAction(_ =>
        {
            foreach (var id in PolicySets.BundledIds)
            {
                var policy = PolicySets.Bundled(id).Value;
                output.WriteLine($"{policy.Id} {policy.Version}: {policy.NameIn(text.Language)}");
            }

            return ExitCodes.Success;
        });

        var reference = new Argument<string?>("POLICY") { Description = text.Say($"A bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) or a policy JSON file; or give --region."), Arity = ArgumentArity.ZeroOrOne };
        var date = new Option<string?>("--date") { Description = text.Say($"Mark the value of each parameter in effect on this date, yyyy-MM-dd.") };
        var json = new Option<bool>("--json") { Description = text.Say($"Print the policy set as a policy file (contract domainkit/policy-set@1).") };
        var region = new Option<string?>("--region") { Description = text.Say($"An administrative division code (GB/T 2260, such as 370602): show the policy in force there, from the layers of the registry.") };
        var registry = new Option<string?>("--registry") { Description = text.Say($"The registry of regional layers --region reads (contract domainkit/policy-registry@1). Default: the example registry the tool ships (Shandong, Yantai, Zhifu, Laishan; illustrative values).") };
        var layers = new Option<bool>("--layers") { Description = text.Say($"Show what each layer of the set changed, the base first.") };
        var missing = new Option<bool>("--missing") { Description = text.Say($"List only what the region or file still owes on the date: local values ([D]) it lacks, and values in effect that are only illustrative or unconfirmed.") };
        var show = new Command("show", text.Say($"Show every parameter of a policy set with its dated values and where each comes from.")) { reference, date, json, region, registry, layers, missing };
        show.SetAction(parsed =>
        {
            var view = parsed.GetValue(missing) ? View.Missing : parsed.GetValue(layers) ? View.Layers : parsed.GetValue(json) ? View.Json : View.Parameters;
            return Show(text, parsed.GetValue(reference), parsed.GetValue(region), parsed.GetValue(registry), parsed.GetValue(date), view, output, error);
        });
        return new Command("policy", text.Say($"Inspect policy sets: their parameters, dated values and provenance.")) { list, show };
    }

    private enum View
    {
        Parameters,
        Json,
        Layers,
        Missing,
    }

    private static int Show(CliText text, string? reference, string? regionArgument, string? registryArgument, string? dateArgument, View view, TextWriter output, TextWriter error)
    {
        NodaTime.LocalDate? date = null;
        if (dateArgument is not null)
        {
            if (!InputFiles.TryParseDate(dateArgument, out var parsed))
            {
                error.WriteLine(text.Say($"error: --date: the date must exist, be written yyyy-MM-dd and lie between 1949-01-01 and 2200-12-31."));
                return ExitCodes.InvalidInput;
            }

            date = parsed;
        }

        var loaded = (reference, regionArgument) switch
        {
            (not null, not null) => Ardalis.Result.Result<PolicySet>.Invalid(Errors.Of("--region", DomainKit.Validation.ErrorCodes.Required, "Give POLICY or --region, not both: the region names its own policy.")),
            (null, null) => Ardalis.Result.Result<PolicySet>.Invalid(Errors.Of("POLICY", DomainKit.Validation.ErrorCodes.Required, "Name a policy set or file, or give --region.")),
            (null, { } code) => InputFiles.LoadRegion(code, registryArgument, "--region", "--registry"),
            ({ } named, null) => registryArgument is null
                ? InputFiles.LoadPolicy(named, "POLICY")
                : Ardalis.Result.Result<PolicySet>.Invalid(Errors.Of("--registry", DomainKit.Validation.ErrorCodes.Required, "A registry is read for --region; give the region too.")),
        };
        if (!loaded.IsSuccess)
        {
            foreach (var problem in loaded.ValidationErrors)
            {
                error.WriteLine(Errors.Line(text, problem));
            }

            return ExitCodes.InvalidInput;
        }

        var policy = loaded.Value;
        switch (view)
        {
            case View.Json:
                output.WriteLine(PolicySetJson.Write(policy));
                return ExitCodes.Success;
            case View.Layers:
                ShowLayers(text, policy, output);
                return ExitCodes.Success;
            case View.Missing:
                ShowMissing(text, policy, date ?? InputFiles.Today, output);
                return ExitCodes.Success;
        }

        output.WriteLine($"{policy.Id} {policy.Version}: {policy.NameIn(text.Language)}");
        output.WriteLine(policy.DescriptionIn(text.Language));
        foreach (var timeline in policy.Timelines)
        {
            var parameter = timeline.Parameter;
            output.WriteLine();
            // English keeps the unit's token as the file writes it; Chinese reads the unit's own word (年, 元/月, 套).
            var unit = text.Term(parameter.UnitToken, parameter.UnitTermKey);
            output.WriteLine(text.Language == Explanations.Language.ChineseSimplified
                ? $"{parameter.Id}（{parameter.RuleId}，{unit}）：{parameter.Describe(text.Language)}"
                : $"{parameter.Id} ({parameter.RuleId}, {unit}): {parameter.Describe(text.Language)}");
            var dates = timeline.EffectiveDates;
            var values = timeline.FormatValues(text.Language);
            for (var i = 0; i < dates.Length; i++)
            {
                var inEffect = date is { } d && dates[i] <= d && (i + 1 == dates.Length || dates[i + 1] > d);
                var provenance = timeline.Provenances[i];
                output.WriteLine(text.Say($"  {(inEffect ? "*" : " ")} from {Dates.Format(dates[i])}: {values[i]} ({text.Term(SourceKinds.ToToken(provenance.Kind), Explanations.MessageKeys.SourceTerm(provenance.Kind))}: {provenance.CitationIn(text.Language)})"));
            }
        }

        var missing = ParameterCatalog.All.Where(p => !policy.Contains(p)).Select(p => p.Id).ToList();
        if (missing.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(text.Say($"Not set: {string.Join(", ", missing)}"));
        }

        return ExitCodes.Success;
    }

    // Each layer, the base first, with the values its file gave: what that layer changed.
    private static void ShowLayers(CliText text, PolicySet policy, TextWriter output)
    {
        output.WriteLine($"{policy.Id} {policy.Version}: {policy.NameIn(text.Language)}");
        if (policy.Layers.IsEmpty)
        {
            output.WriteLine(text.Say($"This set is read from one file and has no layers."));
            return;
        }

        foreach (var layer in policy.Layers)
        {
            output.WriteLine();
            output.WriteLine(layer.Region is { } region
                ? text.Say($"Layer {layer.Id} ({region}): {layer.NameIn(text.Language)}")
                : text.Say($"Layer {layer.Id}: {layer.NameIn(text.Language)}"));
            var count = 0;
            foreach (var timeline in policy.Timelines)
            {
                var values = timeline.FormatValues(text.Language);
                for (var i = 0; i < values.Length; i++)
                {
                    if (Equals(timeline.Provenances[i].Layer, layer))
                    {
                        output.WriteLine(text.Say($"  {timeline.Parameter.Id} from {Dates.Format(timeline.EffectiveDates[i])}: {values[i]}"));
                        count++;
                    }
                }
            }

            if (count == 0)
            {
                output.WriteLine(text.Say($"  (no value of this layer is in the resolved set: the layers above replaced them)"));
            }
        }
    }

    // What the set still owes on a date: the local values ([D]) it lacks or has not yet in effect, then every value in
    // effect that is only illustrative or unconfirmed, with the layer that gave it, so a county knows whose figure to confirm.
    private static void ShowMissing(CliText text, PolicySet policy, NodaTime.LocalDate date, TextWriter output)
    {
        output.WriteLine(text.Say($"{policy.Id} {policy.Version}: local values still owed on {Dates.Format(date)}"));
        var owed = 0;
        foreach (var parameter in ParameterCatalog.All.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var timeline = policy.Timelines.FirstOrDefault(t => t.Parameter == parameter);
            var index = timeline is null ? -1 : timeline.EffectiveDates.Count(d => d <= date) - 1;
            if (index < 0)
            {
                if (parameter.RequiresLocalValue)
                {
                    output.WriteLine(text.Say($"  {parameter.Id} ({parameter.RuleId}): not set"));
                    owed++;
                }
            }
            else if (!timeline!.Provenances[index].IsConfirmed)
            {
                var provenance = timeline.Provenances[index];
                output.WriteLine(text.Say($"  {parameter.Id} ({parameter.RuleId}): {text.Term(SourceKinds.ToToken(provenance.Kind), Explanations.MessageKeys.SourceTerm(provenance.Kind))} only ({provenance.Layer?.NameIn(text.Language) ?? policy.NameIn(text.Language)})"));
                owed++;
            }
        }

        output.WriteLine(owed == 0 ? text.Say($"Nothing owed: every local value is set from a source.") : text.Say($"Local values owed: {owed}."));
    }
}
