using System.CommandLine;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli;

/// <summary>The options every deciding command shares: the policy set, the date of evaluation, the language and JSON output.</summary>
internal sealed class EvaluationOptions
{
    public Option<string> Policy { get; } = new("--policy")
    {
        Description = $"A bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) or a policy JSON file.",
        DefaultValueFactory = _ => PolicySets.ZhifuPilotId,
    };

    public Option<string?> Date { get; } = new("--date") { Description = "The date of evaluation, yyyy-MM-dd. Default: today in the system time zone." };

    public Option<string> Language { get; } = new("--lang")
    {
        Description = "The language of the explanation: en or zh-CN.",
        DefaultValueFactory = _ => "en",
    };

    public Option<bool> Json { get; }

    public EvaluationOptions(string jsonDescription) => Json = new Option<bool>("--json") { Description = jsonDescription };

    public void AddTo(Command command)
    {
        command.Options.Add(Policy);
        command.Options.Add(Date);
        command.Options.Add(Language);
        command.Options.Add(Json);
    }

    /// <summary>The language, date and policy set the parsed options name, or the problems with them.</summary>
    public Result<(Language Language, LocalDate Date, PolicySet Policy)> Resolve(ParseResult parsed)
    {
        if (!Languages.TryParse(parsed.GetValue(Language)!, out var language))
        {
            return Result<(Language, LocalDate, PolicySet)>.Invalid(Errors.Of("--lang", ErrorCodes.UnknownName, "Expected en or zh-CN."));
        }

        LocalDate date;
        if (parsed.GetValue(Date) is not { } text)
        {
            // The edge of the system is the one place allowed to read the clock; rules take the date as an argument.
            date = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;
        }
        else if (!InputFiles.TryParseDate(text, out date))
        {
            return Result<(Language, LocalDate, PolicySet)>.Invalid(Errors.Of("--date", ErrorCodes.DateInvalid, "The date must exist and be written yyyy-MM-dd."));
        }

        var policy = InputFiles.LoadPolicy(parsed.GetValue(Policy)!);
        return policy.IsSuccess
            ? (language, date, policy.Value)
            : Result<(Language, LocalDate, PolicySet)>.Invalid(policy.ValidationErrors);
    }
}
