using System.CommandLine;
using System.Text;
using DomainKit.Contracts;

namespace DomainKit.Cli;

/// <summary>
/// <c>domainkit schema [CONTRACT] [--out DIR]</c>: the JSON Schemas of the contracts, generated from the contract
/// types; with <c>--out</c> every schema is written to a folder (the repository keeps them in docs/schemas/).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var contract = new Argument<string?>("CONTRACT") { Description = text.Say($"A contract, such as {HouseholdDocument.SchemaName}; without one, the contracts are listed."), Arity = ArgumentArity.ZeroOrOne };
        var folder = new Option<DirectoryInfo?>("--out") { Description = text.Say($"Write every schema to this folder, one file per contract.") };
        var command = new Command("schema", text.Say($"Print the JSON Schema of a contract, or write them all to a folder.")) { contract, folder };
        command.SetAction(parsed => Run(text, parsed.GetValue(contract), parsed.GetValue(folder), output, error));
        return command;
    }

    private static int Run(CliText text, string? contract, DirectoryInfo? folder, TextWriter output, TextWriter error)
    {
        if (folder is not null)
        {
            folder.Create();
            foreach (var name in ContractSchemas.Contracts)
            {
                File.WriteAllText(Path.Combine(folder.FullName, ContractSchemas.FileName(name)), ContractSchemas.Generate(name), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            output.WriteLine(text.Say($"wrote {ContractSchemas.Contracts.Count} schemas to {folder.FullName}"));
            return ExitCodes.Success;
        }

        if (contract is null)
        {
            foreach (var name in ContractSchemas.Contracts)
            {
                output.WriteLine($"{name}  {ContractSchemas.FileName(name)}");
            }

            return ExitCodes.Success;
        }

        if (!ContractSchemas.Contracts.Contains(contract))
        {
            error.WriteLine(text.Say($"error: CONTRACT: no contract is named '{contract}'; expected one of: {string.Join(", ", ContractSchemas.Contracts)}."));
            return ExitCodes.InvalidInput;
        }

        output.Write(ContractSchemas.Generate(contract));
        return ExitCodes.Success;
    }
}
