using System.CommandLine;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli;

/// <summary>The options every deciding command shares: the policy set, the date of evaluation and JSON output; the language is the tool's <c>--lang</c>.</summary>
internal sealed class EvaluationOptions
{
    private readonly CliText text;

    public EvaluationOptions(CliText text, string jsonDescription)
    {
        this.text = text;
        Policy = new("--policy")
        {
            Description = text.Say($"A bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) or a policy JSON file."),
            DefaultValueFactory = _ => PolicySets.ZhifuPilotId,
        };
        Region = new("--region") { Description = text.Say($"An administrative division code (GB/T 2260, such as 370602): the policy in force there, from the layers of the registry, instead of --policy.") };
        Registry = new("--registry") { Description = text.Say($"The registry of regional layers --region reads (contract domainkit/policy-registry@1). Default: the example registry the tool ships (Shandong, Yantai, Zhifu, Laishan; illustrative values).") };
        Date = new("--date") { Description = text.Say($"The date of evaluation, yyyy-MM-dd. Default: today in the system time zone.") };
        Json = new Option<bool>("--json") { Description = jsonDescription };
    }

    public Option<string> Policy { get; }

    public Option<string?> Region { get; }

    public Option<string?> Registry { get; }

    public Option<string?> Date { get; }

    public Option<bool> Json { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Policy);
        command.Options.Add(Region);
        command.Options.Add(Registry);
        command.Options.Add(Date);
        command.Options.Add(Json);
    }

    /// <summary>The language, date and policy set the parsed options name, or the problems with them.</summary>
    public Result<(Language Language, LocalDate Date, PolicySet Policy)> Resolve(ParseResult parsed)
    {
        LocalDate date;
        if (parsed.GetValue(Date) is not { } dateText)
        {
            date = InputFiles.Today;
        }
        else if (!InputFiles.TryParseDate(dateText, out date))
        {
            return Result<(Language, LocalDate, PolicySet)>.Invalid(Errors.Of("--date", ErrorCodes.DateInvalid, "The date must exist, be written yyyy-MM-dd and lie between 1949-01-01 and 2200-12-31."));
        }

        var policy = InputFiles.LoadPolicy(parsed, Policy, Region, Registry);
        return policy.IsSuccess
            ? (text.Language, date, policy.Value)
            : Result<(Language, LocalDate, PolicySet)>.Invalid(policy.ValidationErrors);
    }
}
