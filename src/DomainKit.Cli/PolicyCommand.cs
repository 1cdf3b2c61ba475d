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

        var reference = new Argument<string>("POLICY") { Description = text.Say($"A bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) or a policy JSON file.") };
        var date = new Option<string?>("--date") { Description = text.Say($"Mark the value of each parameter in effect on this date, yyyy-MM-dd.") };
        var json = new Option<bool>("--json") { Description = text.Say($"Print the policy set as a policy file (contract domainkit/policy-set@1).") };
        var show = new Command("show", text.Say($"Show every parameter of a policy set with its dated values and where each comes from.")) { reference, date, json };
        show.SetAction(parsed => Show(text, parsed.GetValue(reference)!, parsed.GetValue(date), parsed.GetValue(json), output, error));
        return new Command("policy", text.Say($"Inspect policy sets: their parameters, dated values and provenance.")) { list, show };
    }

    private static int Show(CliText text, string reference, string? dateArgument, bool asJson, TextWriter output, TextWriter error)
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

        var loaded = InputFiles.LoadPolicy(reference, "POLICY");
        if (!loaded.IsSuccess)
        {
            foreach (var problem in loaded.ValidationErrors)
            {
                error.WriteLine(Errors.Line(text, problem));
            }

            return ExitCodes.InvalidInput;
        }

        var policy = loaded.Value;
        if (asJson)
        {
            output.WriteLine(PolicySetJson.Write(policy));
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
}
