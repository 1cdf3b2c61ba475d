using System.CommandLine;
using System.Globalization;
using DomainKit.Explanations;

namespace DomainKit.Cli;

/// <summary>Builds the command tree and runs it against the given writers, so tests can run the tool in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // The language is read before the tree is built, so that help, errors and results all speak it.
        if (!TryLanguage(args, out var language))
        {
            error.WriteLine("error: --lang: en or zh-CN. / 错误：--lang：en 或 zh-CN。");
            return ExitCodes.InvalidInput;
        }

        // System.CommandLine words its own help and parse errors from the UI culture; they follow --lang instead
        // of the machine, and the machine's setting is put back afterwards.
        var machineUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language == Language.ChineseSimplified ? CultureInfo.GetCultureInfo("zh-Hans") : CultureInfo.InvariantCulture;
        try
        {
            return Run(args, new CliText(language), output, error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = machineUiCulture;
        }
    }

    private static int Run(string[] args, CliText text, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(text.Say($"DomainKit: Chinese social-assistance and cadre rules as typed, exact, explained decisions."))
        {
            EvaluateCommand.Create(text, output, error),
            TestCommand.Create(text, output, error),
            PolicyCommand.Create(text, output, error),
            AssessCommand.Create(text, output, error),
            GenerateCommand.Create(text, output, error),
            ReviewCommand.Create(text, output, error),
            CompareCommand.Create(text, output, error),
            MergeCommand.Create(text, output, error),
            SchemaCommand.Create(text, output, error),
        };
        root.Options.Add(new Option<string>(LanguageOption)
        {
            Description = text.Say($"The language of every message, explanation and table: en (default) or zh-CN."),
            Recursive = true,
        });
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => text.Say($"Show help and usage information."),
                VersionOption => text.Say($"Show the version."),
                _ => option.Description,
            };
        }

        // The parse words its errors in English whatever the language, so that ParseErrorText knows their forms.
        var helpUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var parsed = root.Parse(args);
        CultureInfo.CurrentUICulture = helpUiCulture;
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(ParseErrorText.Say(text, parseError.Message));
            }

            error.WriteLine(text.Say($"Run 'domainkit --help' for usage."));
            return ExitCodes.InvalidInput;
        }

        try
        {
            if (parsed.Action is System.CommandLine.Help.HelpAction)
            {
                var help = new StringWriter();
                var code = parsed.Invoke(new InvocationConfiguration { Output = help, Error = error, EnableDefaultExceptionHandler = false });
                output.Write(HelpText(text, help.ToString()));
                return code;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OutputFailedException failed)
        {
            error.WriteLine(text.Say($"error: {failed.Option}: {failed.Target} could not be written: {failed.Reason}; nothing was written there."));
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A fault of the tool, not of the input: said in one line, without a stack trace that would mean nothing to
            // the caseworker who runs it and could show data from memory.
            error.WriteLine(text.Say($"error: the command stopped on an internal fault ({exception.GetType().Name}); nothing was written."));
            return ExitCodes.Failure;
        }
    }

    public const string LanguageOption = "--lang";

    /// <summary>
    /// The command-line library's help, with the program called by the name it is installed under (not the assembly's,
    /// which a user never types) and, in Chinese, the headings and words the library's own translation leaves in English.
    /// </summary>
    internal static string HelpText(CliText text, string help)
    {
        var named = help.Replace(ExecutableName + " ", "domainkit ", StringComparison.Ordinal);
        if (text.Language != Language.ChineseSimplified)
        {
            return named;
        }

        var lines = named.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd() switch
            {
                "Description:" => "说明：",
                "用法:" or "Usage:" => "用法：",
                "选项:" or "Options:" => "选项：",
                "命令:" or "Commands:" => "命令：",
                "参数:" or "Arguments:" => "参数：",
                _ => lines[i].Replace("[default: ", "[默认值：", StringComparison.Ordinal).Replace("(REQUIRED)", "（必填）  ", StringComparison.Ordinal)
                    .Replace(" [options]", " [选项]", StringComparison.Ordinal).Replace(" [command]", " [命令]", StringComparison.Ordinal),
            };
        }

        return string.Join('\n', lines);
    }

    private static string ExecutableName => RootCommand.ExecutableName;

    /// <summary>The language <c>--lang</c> names (<c>--lang X</c> or <c>--lang=X</c>), English when absent.</summary>
    private static bool TryLanguage(string[] args, out Language language)
    {
        language = Language.English;
        for (var i = 0; i < args.Length; i++)
        {
            string? tag = args[i] == LanguageOption && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith(LanguageOption + "=", StringComparison.Ordinal) ? args[i][(LanguageOption.Length + 1)..]
                : null;
            if (tag is not null && !Languages.TryParse(tag, out language))
            {
                return false;
            }
        }

        return true;
    }
}
