using AgreementFlow.Workflows.Definitions;

namespace AgreementFlow.Workflows.Tests.Definitions;

public sealed class RouteFilesTests
{
    [Fact]
    public void EveryFileInWorkflowDefinitions_LoadsWithoutErrors()
    {
        var result = DefinitionFixtures.Loader.LoadDirectory(DefinitionFixtures.DefinitionsFolder);

        result.Errors.Should().BeEmpty();
        result.Definitions.Select(d => d.ToString()).Should().BeEquivalentTo(
            "agreement-amendment v1", "credit-transfer v1", "network-agreement v1");
    }

    [Fact]
    public void NetworkAgreement_HasTheStagesOfTheAgreedRoute()
    {
        var route = DefinitionFixtures.LoadRoute("network-agreement.v1.json");

        route.SubjectKind.Should().Be(SubjectKind.Agreement);
        route.StartStage.Should().Be("drafting");
        route.Stages.Select(s => s.Id).Should().Equal(
            "drafting", "legal-review", "negotiation", "approval", "signing", "active", "rejected", "terminated", "expired", "archived");
        route.GetStage("archived").IsFinal.Should().BeTrue();
        route.GetStage("approval").Title.Ru.Should().Be("Согласование директорами сторон");
    }

    [Fact]
    public void NetworkAgreement_ApprovalByEveryDirector_EscalatesToTheBaseDirector()
    {
        var approve = DefinitionFixtures.LoadRoute("network-agreement.v1.json").GetStage("approval").FindTask("approve")!;

        approve.Assignees.Should().Equal(new AssigneeRule(PartySelector.EveryParty, "director"));
        approve.Completion.Should().Be(CompletionMode.All);
        approve.Due.Should().Be(new DueDuration(3, null));
        approve.Reminders!.Escalation!.To.Should().Be(new AssigneeRule(PartySelector.Base, "director"));
        approve.Outcomes.Select(o => (o.Id, o.Title.Ru, o.RequiresComment, o.Decisive)).Should().Equal(
            ("approve", "Согласовать", false, false),
            ("approve-with-remarks", "Согласовать с замечаниями", true, false),
            ("return", "Вернуть на доработку", true, true),
            ("reject", "Отклонить", true, true));
    }

    [Fact]
    public void NetworkAgreement_PartnersSignFirst_ThenTheBase()
    {
        var sign = DefinitionFixtures.LoadRoute("network-agreement.v1.json").GetStage("signing").FindTask("sign")!;

        sign.Completion.Should().Be(CompletionMode.Sequential);
        sign.Assignees.Should().Equal(new AssigneeRule(PartySelector.EachPartner, "director"), new AssigneeRule(PartySelector.Base, "director"));
    }

    [Fact]
    public void NetworkAgreement_WhenActive_WarnsTheCoordinator60And30DaysBeforeTheTermEnds_AndExpiresOnIt()
    {
        var active = DefinitionFixtures.LoadRoute("network-agreement.v1.json").GetStage("active");

        active.Timers.Select(t => (t.Id, t.AtField, t.OffsetDays, t.Action?.Name)).Should().Equal(
            ("notify-60", "term.to", -60, "notify"), ("notify-30", "term.to", -30, "notify"), ("term-ends", "term.to", 0, null));
        active.Timers[0].Action!.Parameters.Should().Contain("template", "agreement-expiring").And.Contain("to", "base:coordinator");
        active.Transitions.Should().ContainSingle(t => t.Trigger == TransitionTrigger.Timer && t.Source == "term-ends" && t.To == "expired");
        active.Commands.Select(c => (c.Id, c.Action?.Name)).Should().Equal(("terminate", null), ("amend", "start-amendment"));
    }

    [Fact]
    public void Amendment_IsArchivedOnceInForce_WithoutTermTimersOrCommands()
    {
        var route = DefinitionFixtures.LoadRoute("agreement-amendment.v1.json");
        var active = route.GetStage("active");

        route.SubjectKind.Should().Be(SubjectKind.Amendment);
        active.OnEnter.Select(a => a.Name).Should().Equal("assign-registration-number", "completion-certificate");
        active.Timers.Should().BeEmpty();
        active.Commands.Should().BeEmpty();
        active.Transitions.Should().Equal(new TransitionDefinition(TransitionTrigger.Immediately, null, null, "archived", null));
    }

    [Fact]
    public void CreditTransfer_DecisionRefusingEverything_GoesToRefused_OtherwiseToTheOrder()
    {
        var route = DefinitionFixtures.LoadRoute("credit-transfer.v1.json");
        var transitions = route.GetStage("decision").Transitions;

        route.GetStage("comparison").FindTask("compare")!.Due.Should().Be(new DueDuration(10, null, "CreditTransfer:DecisionWorkingDays"));
        transitions.Select(t => (t.To, t.When?.Source)).Should().Equal(("refused", "decision.refusedAll == true"), ("order", null));
        route.Stages.Where(s => s.IsFinal).Select(s => s.OnEnter.Single().Parameters["template"])
            .Should().Equal("credit-transfer-completed", "credit-transfer-refused");
    }

    [Fact]
    public void Registry_FindsVersions_AndTheLatest()
    {
        var v1 = DefinitionFixtures.LoadRoute("network-agreement.v1.json");
        var v2 = v1 with { Version = 2 };
        var registry = new WorkflowDefinitionRegistry([v2, DefinitionFixtures.LoadRoute("credit-transfer.v1.json"), v1]);

        registry.Find("network-agreement", 1).Should().BeSameAs(v1);
        registry.Find("network-agreement", 3).Should().BeNull();
        registry.Latest("network-agreement").Should().BeSameAs(v2);
        registry.Latest("no-such-route").Should().BeNull();
        registry.Versions("network-agreement").Should().Equal(v1, v2);
        registry.All.Select(d => d.ToString()).Should().Equal("credit-transfer v1", "network-agreement v1", "network-agreement v2");
    }

    [Fact]
    public void Registry_RefusesTheSameIdAndVersionTwice()
    {
        var v1 = DefinitionFixtures.LoadRoute("network-agreement.v1.json");

        var act = () => new WorkflowDefinitionRegistry([v1, v1 with { Title = new LocalizedText("Другой", "Other") }]);

        act.Should().Throw<ArgumentException>().WithMessage("*'network-agreement' version 1*");
    }
}
