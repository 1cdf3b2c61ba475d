using System.CommandLine;
using Ardalis.Result;
using DomainKit.Assistance;

namespace DomainKit.Cli;

/// <summary><c>domainkit evaluate FILE</c>: decides dibao for a household file and prints the explained decision.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = text.Say($"A household JSON file (contract domainkit/household@2; `domainkit schema domainkit/household@2` prints its schema).") };
        var options = new EvaluationOptions(text, text.Say($"Print the decision as JSON (contract domainkit/dibao-decision@2) instead of text."));
        var command = new Command("evaluate", text.Say($"Decide the minimum living guarantee (dibao, DB-01/DB-02) for a household and explain it.")) { file };
        options.AddTo(command);
        command.SetAction(parsed => Run(text, parsed, parsed.GetValue(file)!, options, output, error));
        return command;
    }

    private static int Run(CliText text, ParseResult parsed, FileInfo file, EvaluationOptions options, TextWriter output, TextWriter error)
    {
        var asJson = parsed.GetValue(options.Json);
        var resolved = options.Resolve(parsed);
        if (!resolved.IsSuccess)
        {
            return Errors.Report(text, error, asJson, resolved.ValidationErrors);
        }

        var (language, date, policy) = resolved.Value;
        var household = InputFiles.Read(file.FullName, "FILE").Bind(bytes => HouseholdJson.Parse(bytes));
        if (!household.IsSuccess)
        {
            return Errors.Report(text, error, asJson, household.ValidationErrors);
        }

        var decision = Dibao.Decide(household.Value, policy, date);
        if (!decision.IsSuccess)
        {
            return Errors.Report(text, error, asJson, decision.ValidationErrors);
        }

        if (asJson)
        {
            output.Write(DibaoDecisionJson.Write(decision.Value, language));
        }
        else
        {
            DecisionText.Write(text, output, decision.Value, policy);
        }

        return ExitCodes.Success;
    }
}
