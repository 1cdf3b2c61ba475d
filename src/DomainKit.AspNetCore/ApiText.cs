using DomainKit.Explanations;

namespace DomainKit.AspNetCore;

/// <summary>The texts of the HTTP exchange itself, in each language the library speaks; problems with a document are rendered by the library.</summary>
internal static class ApiText
{
    public static string Title(int status, Language language) => (status, language == Language.ChineseSimplified) switch
    {
        (400, true) => "请求内容有误",
        (400, false) => "The request is not valid",
        (404, true) => "未找到请求的资源",
        (404, false) => "Not found",
        (409, true) => "版本冲突",
        (409, false) => "Conflict",
        (413, true) => "请求内容过大",
        (413, false) => "The request is too large",
        (503, true) => "请求超时",
        (503, false) => "The request took too long",
        (_, true) => "请求未能处理",
        (_, false) => "The request could not be processed",
    };

    public static string BodyTooLarge(long limit, Language language) => language == Language.ChineseSimplified
        ? $"请求内容超过 {limit} 字节的上限。"
        : $"The body is larger than the limit of {limit} bytes.";

    public static string BodyEmpty(Language language) => language == Language.ChineseSimplified
        ? "请求内容为空，应为一份 JSON 文档。"
        : "The body is empty; a JSON document is expected.";

    public static string Timeout(TimeSpan limit, Language language) => language == Language.ChineseSimplified
        ? $"请求超过 {limit.TotalSeconds:0} 秒的时限，已停止，未作任何更改。"
        : $"The request ran past its limit of {limit.TotalSeconds:0} seconds and was stopped; nothing was changed.";

    public static string DateInvalid(Language language) => language == Language.ChineseSimplified
        ? "日期应为 yyyy-MM-dd 格式的真实日期，且在 1880-01-01 至 2200-12-31 之间。"
        : "The date must exist, be written yyyy-MM-dd and lie between 1880-01-01 and 2200-12-31.";

    public static string ProgrammeUnknown(Language language) => language == Language.ChineseSimplified
        ? "没有这个救助项目。"
        : "No programme has that name.";

    public static string ParameterUnknown(Language language) => language == Language.ChineseSimplified
        ? "该政策中没有这个参数。"
        : "The policy set has no parameter of that name.";

    public static string PolicyAndRegion(Language language) => language == Language.ChineseSimplified
        ? "请只指定 policy 或 region 之一：地区决定其适用的政策。"
        : "Give policy or region, not both: the region names its own policy.";

    public static string SetMalformed(Language language) => language == Language.ChineseSimplified
        ? "改革参数应写作 参数=值。"
        : "A reform parameter is written ID=VALUE.";

    public static string TakeUpMalformed(Language language) => language == Language.ChineseSimplified
        ? "申领率应写作 项目=百分比（如 dibao=80），项目为救助项目代码，百分比在 0 至 100 之间。"
        : "A take-up rate is written PROGRAMME=PERCENT (dibao=80): a programme token and a percentage from 0 to 100.";

    public static string ReformMissing(Language language) => language == Language.ChineseSimplified
        ? "请用 reform 或 set 说明改革内容。"
        : "Say what the reform is, with reform or set.";

    public static string QueryRepeated(Language language) => language == Language.ChineseSimplified
        ? "该查询参数只能给出一次。"
        : "This query parameter may be given only once.";

    public static string LineTooLong(long line, Language language) => language == Language.ChineseSimplified
        ? $"第 {line} 行超过任何家庭所需的长度，读取已停止。"
        : $"Line {line} is longer than any household needs; reading stopped.";

    public static string CaseNotFound(Language language) => language == Language.ChineseSimplified
        ? "没有这个编号的案件。"
        : "No case has this ID.";

    public static string CaseExists(long version, Language language) => language == Language.ChineseSimplified
        ? $"该编号的案件已经存在，当前为第 {version} 版。"
        : $"A case with this ID exists already, at version {version}.";

    public static string VersionStale(long version, Language language) => language == Language.ChineseSimplified
        ? $"案件已更新至第 {version} 版，本次操作未执行。请重新读取案件后再提交。"
        : $"The case has moved on to version {version}; the command was not run. Reload the case and send it again.";

    public static string OpenElsewhere(Language language) => language == Language.ChineseSimplified
        ? "立案命令应通过立案接口提交，不能提交给已有案件。"
        : "A case is opened (open) by posting to cases, not to an existing case.";

    public static string OpenOnly(Language language) => language == Language.ChineseSimplified
        ? "立案接口只受理立案命令；其他办理命令应提交至该案件的办理接口。"
        : "Only a command that opens a case (open) is taken here; send other commands to the case's commands.";

    public static string StoreUnavailable(Language language) => language == Language.ChineseSimplified
        ? "案件存储暂时无法受理该命令，未作任何更改。"
        : "The case store cannot take the command now; nothing was changed.";
}
