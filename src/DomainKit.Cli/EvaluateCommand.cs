using System.CommandLine;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli;

/// <summary><c>domainkit evaluate FILE</c>: decides dibao for a household file and prints the explained decision.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A household JSON file (contract domainkit/household@1; see docs/json-contracts.md)." };
        var policy = new Option<string>("--policy")
        {
            Description = $"A bundled policy set ({string.Join(", ", PolicySets.BundledIds)}) or a policy JSON file.",
            DefaultValueFactory = _ => PolicySets.ZhifuPilotId,
        };
        var date = new Option<string?>("--date") { Description = "The date of evaluation, yyyy-MM-dd. Default: today in the system time zone." };
        var language = new Option<string>("--lang")
        {
            Description = "The language of the explanation: en or zh-CN.",
            DefaultValueFactory = _ => "en",
        };
        var json = new Option<bool>("--json") { Description = "Print the decision as JSON (contract domainkit/dibao-decision@1) instead of text." };
        var command = new Command("evaluate", "Decide the minimum living guarantee (dibao, DB-01/DB-02) for a household and explain it.")
        {
            file, policy, date, language, json,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(file)!,
            parsed.GetValue(policy)!,
            parsed.GetValue(date),
            parsed.GetValue(language)!,
            parsed.GetValue(json),
            output,
            error));
        return command;
    }

    private static int Run(FileInfo file, string policyArgument, string? dateArgument, string languageArgument, bool asJson, TextWriter output, TextWriter error)
    {
        if (!Languages.TryParse(languageArgument, out var language))
        {
            return Invalid(error, asJson, [Errors.Of("--lang", ErrorCodes.UnknownName, "Expected en or zh-CN.")]);
        }

        LocalDate evaluationDate;
        if (dateArgument is null)
        {
            // The edge of the system is the one place allowed to read the clock; rules take the date as an argument.
            evaluationDate = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;
        }
        else if (!InputFiles.TryParseDate(dateArgument, out evaluationDate))
        {
            return Invalid(error, asJson, [Errors.Of("--date", ErrorCodes.DateInvalid, "The date must exist and be written yyyy-MM-dd.")]);
        }

        var policySet = InputFiles.LoadPolicy(policyArgument);
        if (!policySet.IsSuccess)
        {
            return Invalid(error, asJson, policySet.ValidationErrors);
        }

        var household = InputFiles.Read(file.FullName, "FILE").Bind(bytes => HouseholdJson.Parse(bytes));
        if (!household.IsSuccess)
        {
            return Invalid(error, asJson, household.ValidationErrors);
        }

        var decision = Dibao.Decide(household.Value, policySet.Value, evaluationDate);
        if (!decision.IsSuccess)
        {
            return Invalid(error, asJson, decision.ValidationErrors);
        }

        if (asJson)
        {
            output.Write(DibaoDecisionJson.Write(decision.Value, language));
        }
        else
        {
            DecisionText.Write(output, decision.Value, policySet.Value, language);
        }

        return ExitCodes.Success;
    }

    private static int Invalid(TextWriter error, bool asJson, IEnumerable<ValidationError> errors)
    {
        if (asJson)
        {
            error.Write(ValidationErrorsJson.Write(errors));
        }
        else
        {
            foreach (var item in errors)
            {
                var where = string.IsNullOrEmpty(item.Identifier) ? string.Empty : item.Identifier + ": ";
                error.WriteLine($"error: {where}{item.ErrorMessage} [{item.ErrorCode}]");
            }
        }

        return ExitCodes.InvalidInput;
    }
}
