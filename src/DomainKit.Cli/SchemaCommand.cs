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
            try
            {
                folder.Create();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(text.Say($"error: --out: {folder.FullName} is not a folder that can be created or written."));
                return ExitCodes.InvalidInput;
            }

            // Each schema is written under a temporary name and renamed into place, as every command's output is.
            foreach (var name in ContractSchemas.Contracts)
            {
                using var file = OutputFile.Open(text, "--out", new FileInfo(Path.Combine(folder.FullName, ContractSchemas.FileName(name))), error);
                if (file is null)
                {
                    return ExitCodes.InvalidInput;
                }

                file.Stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ContractSchemas.Generate(name)));
                file.Commit();
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
            error.WriteLine(text.Say($"error: CONTRACT: no contract has that name; expected one of: {string.Join(", ", ContractSchemas.Contracts)}."));
            return ExitCodes.InvalidInput;
        }

        output.Write(ContractSchemas.Generate(contract));
        return ExitCodes.Success;
    }
}
