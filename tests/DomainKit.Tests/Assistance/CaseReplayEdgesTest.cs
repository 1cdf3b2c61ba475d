using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Tests.Outputs;
using DomainKit.Validation;

namespace DomainKit.Tests.Assistance;

/// <summary>
/// Histories built in code rather than read from JSON, replayed: events the JSON reader would refuse before the case
/// sees them (a null event, an event of a kind the library does not know, undefined or unsorted needs, missing, null,
/// finished or undefined tasks), and the documented history with one event altered (a second pay-first decision,
/// government aid for a stated need, fraud before acceptance, twice, or with its fines reversed). The case refuses
/// each on its own, at the event and field it concerns.
/// </summary>
public class CaseReplayEdgesTest
{
    private static readonly ImmutableArray<CaseEvent> Example =
        CaseEventJson.ParseHistory(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "case-history.json"))).Value.Events;

    private static readonly CaseAccepted Accepted = (CaseAccepted)Example[1];

    [Fact]
    public void TheExample_ReplaysInCode()
    {
        Assert.IsType<CaseAccepted>(Example[1]);
        Assert.True(AssistanceCase.Replay(Example).IsSuccess);
    }

    [Fact]
    public void ANullEvent_IsRefusedAtItsPlace() =>
        Assert.Equal(("events[1]", ErrorCodes.Required, "An event is required."), Refused(Example[0], null!));

    [Fact]
    public void AnEventAtAnotherStage_IsRefusedNamingTheCasesStage() =>
        Assert.Equal(("events[1].stage", ErrorCodes.CaseEventStage, "The case is at Report."), Refused(Example[0], Accepted with { Stage = CaseStage.Review }));

    [Fact]
    public void AnOpeningAfterTheFirstEvent_IsRefused() =>
        Assert.Equal(("events[1].type", ErrorCodes.CaseTransition, "The case is already open."), Refused(Example[0], Example[0] with { Sequence = 2 }));

    [Fact]
    public void AnEventOfAKindTheLibraryDoesNotKnow_IsRefused() =>
        Assert.Equal(("events[1].type", ErrorCodes.UnknownName, "The event is not one the library knows."), Refused(Example[0], new UnknownEvent(Accepted)));

    [Fact]
    public void AnAcceptanceWithAnUndefinedOrRepeatedNeed_IsRefusedAtItsNeeds()
    {
        const string Message = "At least one need, each known and named once.";
        Assert.Equal(("events[1].needs", ErrorCodes.UnknownName, Message), Refused(Example[0], Accepted with { Needs = [Need.Temporary, (Need)99] }));
        Assert.Equal(("events[1].needs", ErrorCodes.UnknownName, Message), Refused(Example[0], Accepted with { Needs = [Need.Medical, Need.Temporary, Need.Temporary] }));
        Assert.Equal(("events[1].needs", ErrorCodes.UnknownName, Message), Refused(Example[0], Accepted with { Needs = default }));
    }

    [Fact]
    public void AnAcceptanceWhoseTasksAreMissingNullFinishedOrUndefined_IsRefusedAtItsTasks()
    {
        var tasks = Accepted.Tasks;
        var broken = new ImmutableArray<DepartmentTask>[]
        {
            default,
            [],
            [null!, tasks[1]],
            [tasks[0] with { CompletedBy = "inv-1" }, tasks[1]],
            [tasks[0] with { Department = (Department)99 }, tasks[1]],
            [tasks[0], tasks[1] with { Department = tasks[0].Department }],
            [tasks[0]],
        };
        foreach (var changed in broken)
        {
            Assert.Equal(
                ("events[1].tasks", ErrorCodes.CaseTransition, "One open task per department, together covering each need exactly once."),
                Refused(Example[0], Accepted with { Tasks = changed }));
        }

        Assert.True(AssistanceCase.Replay([Example[0], Accepted with { Tasks = [tasks[1], tasks[0]] }]).IsSuccess, "tasks in any order");
    }

    [Fact]
    public void ASecondPayFirstDecision_IsRefused() =>
        Assert.Equal(
            ("events[3].type", ErrorCodes.CaseTransition, "A case pays first once, and not after aid is stopped."),
            Refused([.. Example.Take(3), Example[2] with { Sequence = 4 }]));

    [Fact]
    public void AGovernmentPaymentForAStatedNeed_IsRefusedAsACharityPayment()
    {
        var paid = (PaymentMade)Example[3];
        Assert.Equal(
            ("events[3].payment.account", ErrorCodes.CasePaymentFund, "Government aid is paid from a government fund, under its programme."),
            Refused([.. Example.Take(3), paid with { Payment = paid.Payment with { Purpose = Need.Medical } }]));
    }

    [Fact]
    public void Fraud_IsEstablishedOnceOnAnAcceptedCase_WithFinesInOrder()
    {
        const string Once = "Fraud is established once, on an accepted case.";
        Assert.Equal(("events[1].type", ErrorCodes.CaseTransition, Once), Refused(Example[0], Fraud(Example.Take(1), 100m, 100m)));

        // Accepted and paid 2,000 first: fraud may be established, with fines of the same amount or in order.
        var paidFirst = Example.Take(4).ToList();
        Assert.True(AssistanceCase.Replay([.. paidFirst, Fraud(paidFirst, 100m, 100m)]).IsSuccess, "equal fines");
        Assert.Equal(("events[4].amountObtained", ErrorCodes.OutOfRange, "A positive amount obtained and a fine range from low to high."), Refused([.. paidFirst, Fraud(paidFirst, 100.01m, 100m)]));
        var established = paidFirst.Append(Fraud(paidFirst, 100m, 300m)).ToList();
        Assert.Equal(("events[5].type", ErrorCodes.CaseTransition, Once), Refused([.. established, Fraud(established, 100m, 300m)]));
    }

    /// <summary>Fraud of 100 yuan established the day of the history's last event, with the fines given.</summary>
    private static FraudEstablished Fraud(IEnumerable<CaseEvent> history, decimal fineMinimum, decimal fineMaximum)
    {
        var before = AssistanceCase.Replay(history).Value;
        return new FraudEstablished
        {
            Sequence = before.Version + 1,
            CaseId = before.CaseId,
            StaffId = "county-1",
            At = before.Events[^1].At,
            Stage = before.Stage,
            Reason = "false declaration",
            AmountObtained = Money.FromYuan(100m),
            FineMinimum = Money.FromYuan(fineMinimum),
            FineMaximum = Money.FromYuan(fineMaximum),
        };
    }

    private static (string Path, string Code, string Message) Refused(params CaseEvent[] events)
    {
        var result = AssistanceCase.Replay(events);
        Assert.Equal(ResultStatus.Invalid, result.Status);
        var error = Assert.Single(result.ValidationErrors);
        return (error.Identifier, error.ErrorCode, error.ErrorMessage);
    }

    /// <summary>An event of a kind the library does not define, as a newer library's history could hold.</summary>
    private sealed record UnknownEvent : CaseEvent
    {
        public UnknownEvent(CaseEvent original)
            : base(original)
        {
        }
    }
}
