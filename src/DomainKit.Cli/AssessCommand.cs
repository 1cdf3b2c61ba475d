using System.CommandLine;
using System.Text;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Cadres;
using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli;

/// <summary>
/// <c>domainkit assess FILE</c>: a household's whole entitlement at one window (every programme, or why not), or for a
/// cadre file a year's grade consequences, step-down review and promotion bars.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = text.Say($"A household (domainkit/household@2), a household with its claims (domainkit/claims@1) or a cadre (domainkit/cadre@1) JSON file.") };
        var year = new Option<string?>("--year") { Description = text.Say($"For a cadre: the year assessed. Default: the latest year graded.") };
        var options = new EvaluationOptions(text, text.Say($"Print the result as JSON (contracts domainkit/entitlements@2 and domainkit/cadre-assessment@1)."));
        var command = new Command("assess", text.Say($"Assess a household for every programme, or a cadre's year under the three mechanisms, with explanations.")) { file, year };
        options.AddTo(command);
        command.SetAction(parsed => Run(text, parsed, parsed.GetValue(file)!, parsed.GetValue(year), options, output, error));
        return command;
    }

    private static int Run(CliText text, ParseResult parsed, FileInfo file, string? yearArgument, EvaluationOptions options, TextWriter output, TextWriter error)
    {
        // Read here rather than by the parser, so that a refused value is not repeated back; the contracts' range of years.
        int? year = null;
        if (yearArgument is not null)
        {
            if (!int.TryParse(yearArgument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsedYear)
                || parsedYear is < DomainKit.Cadres.Cadre.EarliestYear or > DomainKit.Cadres.Cadre.LatestYear)
            {
                error.WriteLine(text.Say($"error: --year: a year from {DomainKit.Cadres.Cadre.EarliestYear} to {DomainKit.Cadres.Cadre.LatestYear}, written in digits."));
                return ExitCodes.InvalidInput;
            }

            year = parsedYear;
        }

        var asJson = parsed.GetValue(options.Json);
        var resolved = options.Resolve(parsed);
        if (!resolved.IsSuccess)
        {
            return Errors.Report(text, error, asJson, resolved.ValidationErrors);
        }

        var (_, date, policy) = resolved.Value;
        var bytes = InputFiles.Read(file.FullName, "FILE");
        if (!bytes.IsSuccess)
        {
            return Errors.Report(text, error, asJson, bytes.ValidationErrors);
        }

        // The bytes go to the readers as they are, so that bytes that are not UTF-8 are refused where they are.
        return SchemaOf(bytes.Value) switch
        {
            CadreJson.Schema => Cadre(text, bytes.Value, year, date, policy, asJson, output, error),
            HouseholdClaimsJson.Schema => Household(text, HouseholdClaimsJson.Parse(bytes.Value), date, policy, asJson, output, error),
            _ => Household(text, HouseholdJson.Parse(bytes.Value).Map(HouseholdClaims.Of), date, policy, asJson, output, error),
        };
    }

    private static int Household(CliText text, Result<HouseholdClaims> claims, LocalDate date, PolicySet policy, bool asJson, TextWriter output, TextWriter error)
    {
        var language = text.Language;
        var entitlements = claims.Bind(read => HouseholdAssessment.Decide(read, policy, date));
        if (!entitlements.IsSuccess)
        {
            return Errors.Report(text, error, asJson, entitlements.ValidationErrors);
        }

        var e = entitlements.Value;
        AssistanceDecision?[] decisions = [e.Dibao, e.ExtremePoverty, e.Margin, .. e.Medical, e.Expenditure, e.Temporary, e.Education];
        if (asJson)
        {
            output.WriteLine(EntitlementsJson.Write(e, language));
            return ExitCodes.Success;
        }

        // The one-line summaries first, then each programme under its heading with its summary and its steps.
        output.Write(e.Summary(language));
        foreach (var decision in decisions.OfType<AssistanceDecision>())
        {
            output.WriteLine();
            output.WriteLine($"== {MessageCatalog.Get(language, MessageKeys.ProgrammeTerm(ProgrammeOf(decision)))} ==");
            output.WriteLine(decision.Summary(language));
            output.Write(decision.Explanation.Render(language));
        }

        return ExitCodes.Success;
    }

    private static int Cadre(CliText text, byte[] json, int? year, LocalDate date, PolicySet policy, bool asJson, TextWriter output, TextWriter error)
    {
        var language = text.Language;
        var cadre = CadreJson.Parse(json);
        var terms = CadreTerms.Resolve(policy, date);
        if (!cadre.IsSuccess || !terms.IsSuccess)
        {
            return Errors.Report(text, error, asJson, [.. cadre.ValidationErrors, .. terms.ValidationErrors]);
        }

        var assessed = year ?? (cadre.Value.Assessments.IsEmpty ? date.Year - 1 : cadre.Value.Assessments[^1].Year);
        if (asJson)
        {
            output.WriteLine(CadreAssessmentJson.Write(cadre.Value, assessed, policy, date, language).Value);
            return ExitCodes.Success;
        }

        var consequences = Assessment.Consequences(cadre.Value, assessed, terms.Value);
        var review = StepDown.Review(cadre.Value, assessed, terms.Value);
        var bars = Promotion.BarsOn(cadre.Value, date, terms.Value);

        output.WriteLine($"{cadre.Value.Id}, {assessed}:");
        if (consequences.IsSuccess)
        {
            output.Write(consequences.Value.Explanation.Render(language));
        }

        output.Write(review.Explanation.Render(language));
        foreach (var bar in bars)
        {
            output.WriteLine(text.Say($"[{bar.RuleId}] promotion barred ({text.Term(EnumTokens<PromotionBarKind>.ToToken(bar.Kind), MessageKeys.PromotionBarTerm(bar.Kind))}) from {Dates.Format(bar.From)} up to and including {Dates.Format(bar.Until.PlusDays(-1))}"));
        }

        return ExitCodes.Success;
    }

    /// <summary>The schema a JSON document names, if it is an object that names one; the strict reader reports everything else.</summary>
    private static string? SchemaOf(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, StrictJsonReader.DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.String
                ? schema.GetString()
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed, or a schema that is not valid text: no contract is named, and the reader says what is wrong.
            return null;
        }
    }

    private static Programme ProgrammeOf(AssistanceDecision decision) => decision switch
    {
        DibaoDecision => Programme.Dibao,
        ExtremePovertyDecision => Programme.ExtremePoverty,
        MarginDecision => Programme.Margin,
        MedicalDecision => Programme.MedicalAssistance,
        ExpenditureDecision => Programme.ExpenditureHardship,
        TemporaryDecision => Programme.TemporaryAssistance,
        EducationDecision => Programme.EducationAssistance,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "A decision of no programme."),
    };
}
