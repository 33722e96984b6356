using AgreementFlow.Workflows.Definitions;

namespace AgreementFlow.Workflows.Tests.Definitions;

/// <summary>Broken definitions: each must fail with the path and the message an author needs to fix it.</summary>
public sealed class WorkflowDefinitionLoaderTests
{
    private const string File = "tiny.v1.json";

    private const string ValidTiny = """
        {
          "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
          "subjectKind": "agreement", "startStage": "review",
          "stages": [
            {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
             "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                        "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
             "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
            {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true, "onEnter": [{"name": "archive"}]}
          ]
        }
        """;

    private static LoadResult Load(string json, string fileName = File) => DefinitionFixtures.Loader.Load(fileName, json);

    private static DefinitionError Error(string path, string message) => new(File, path, message);

    [Fact]
    public void TheTinyRouteTheseTestsBreak_IsValid()
    {
        var result = Load(ValidTiny);

        result.Errors.Should().BeEmpty();
        result.Definitions.Should().ContainSingle().Which.Stages.Should().HaveCount(2);
    }

    [Fact]
    public void TransitionToAnUnknownStage_NamesTheStagesThatExist()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "dnoe"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Definitions.Should().BeEmpty();
        result.Errors.Should().Equal(
            Error("$.stages[0].transitions[0].to", "unknown stage 'dnoe'; expected one of: done, review"),
            Error("$.stages[1]", "stage 'done' cannot be reached from the start stage 'review'"));
    }

    [Fact]
    public void UnknownAction_NamesTheRegisteredActions()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true, "onEnter": [{"name": "archiv"}]}
              ]
            }
            """);

        result.Errors.Should().Equal(Error(
            "$.stages[1].onEnter[0].name",
            "unknown action 'archiv'; expected one of: archive, assign-registration-number, completion-certificate, notify, render-document, start-amendment"));
    }

    [Fact]
    public void DuplicateStageId_PointsAtTheFirstOne()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true},
                {"id": "done", "title": {"ru": "Завершено", "en": "Finished"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(Error("$.stages[2].id", "duplicate stage id 'done'; the first is at $.stages[1]"));
    }

    [Fact]
    public void MissingTitle_IsReportedAtThePropertyThatIsMissing()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(Error("$.stages[1].title", "the required property 'title' is missing"));
    }

    [Fact]
    public void TitleWithoutEnglish_IsReported()
    {
        var result = Load(ValidTiny.Replace("""{"ru": "Готово", "en": "Done"}""", """{"ru": "Готово", "en": " "}""", StringComparison.Ordinal));

        result.Errors.Should().Equal(Error("$.stages[1].title.en", "expected a non-empty text"));
    }

    [Fact]
    public void BadDuration_SaysWhatAnIsoDurationLooksLike()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}],
                            "due": {"duration": "30 minutes"}}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(Error(
            "$.stages[0].tasks[0].due.duration",
            "expected an ISO-8601 duration such as PT30M, PT4H or P2D; found '30 minutes'"));
    }

    [Theory]
    [InlineData("""{"workingDays": 0}""", "$.stages[0].tasks[0].due.workingDays", "expected a whole number of working days of 1 or more; found 0")]
    [InlineData("""{"workingDays": 2, "duration": "PT1H"}""", "$.stages[0].tasks[0].due", "expected exactly one of 'workingDays' or 'duration'; found both")]
    [InlineData("""{}""", "$.stages[0].tasks[0].due", "expected exactly one of 'workingDays' or 'duration'; found neither")]
    [InlineData("""{"workingDays": 1.5}""", "$.stages[0].tasks[0].due.workingDays", "expected a whole number; found 1.5")]
    [InlineData("""{"duration": "PT0S"}""", "$.stages[0].tasks[0].due.duration", "expected a duration longer than zero; found 'PT0S'")]
    [InlineData("""{"duration": "PT1H", "setting": "Tasks:Hours"}""", "$.stages[0].tasks[0].due.setting", "a setting overrides a number of working days; use it together with 'workingDays'")]
    public void BadDue_IsReported(string due, string path, string message)
    {
        const string Outcomes = """[{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]""";
        var json = ValidTiny.Replace(Outcomes, Outcomes + ", \"due\": " + due, StringComparison.Ordinal);

        Load(json).Errors.Should().Equal(Error(path, message));
    }

    [Fact]
    public void BadCondition_GivesTheParsersColumn()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done", "when": "decision.refusedAll == and"},
                                 {"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(Error(
            "$.stages[0].transitions[0].when",
            "invalid condition: at column 24: expected a value after '=='; found 'and'"));
    }

    [Fact]
    public void UnknownProperty_IsReported_WithTheLikelyIntendedName()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}, "requiresComent": true}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(Error(
            "$.stages[0].tasks[0].outcomes[0].requiresComent",
            "unknown property 'requiresComent' (did you mean 'requiresComment'?); expected one of: id, title, requiresComment, decisive"));
    }

    [Fact]
    public void UnreachableStage_IsAnError()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true},
                {"id": "orphan", "title": {"ru": "Сирота", "en": "Orphan"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(Error("$.stages[2]", "stage 'orphan' cannot be reached from the start stage 'review'"));
    }

    [Fact]
    public void FileName_MustMatchIdAndVersion()
    {
        var result = Load(ValidTiny, "tiny.json");

        result.Errors.Should().Equal(new DefinitionError("tiny.json", "$", "the file name must be 'tiny.v1.json' for id 'tiny' and version 1; found 'tiny.json'"));
        result.Definitions.Should().BeEmpty();
    }

    [Fact]
    public void TwoErrorsInOneFile_AreBothReported()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "partners", "role": "lawyer"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}], "completion": "first"}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().BeEquivalentTo(new[]
        {
            Error("$.stages[0].tasks[0].assignees[0].party", "expected one of: base, eachPartner, everyParty, applicant; found 'partners'"),
            Error("$.stages[0].tasks[0].assignees[0].role", "unknown role 'lawyer'; expected one of: clerk, commissionMember, coordinator, director, legal"),
            Error("$.stages[0].tasks[0].completion", "expected one of: all, any, sequential; found 'first'"),
        });
    }

    [Fact]
    public void ReferencesWithinAStage_MustExist()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": {"task": "check", "outcome": "approve"}, "to": "done"},
                                 {"on": {"task": "check", "outcome": "reject"}, "to": "done"},
                                 {"on": {"task": "chek", "outcome": "approve"}, "to": "done"},
                                 {"on": {"timer": "deadline"}, "to": "done"},
                                 {"on": {"command": "cancel"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(
            Error("$.stages[0].transitions[1].on.outcome", "task 'check' has no outcome 'reject'; expected one of: approve"),
            Error("$.stages[0].transitions[2].on.task", "unknown task 'chek' in stage 'review'; expected one of: check"),
            Error("$.stages[0].transitions[3].on.timer", "unknown timer 'deadline' in stage 'review'; the stage has no timers"),
            Error("$.stages[0].transitions[4].on.command", "unknown command 'cancel' in stage 'review'; the stage has no commands"));
    }

    [Fact]
    public void FinalStage_CannotHaveTasksOrTransitions_AndOtherStagesNeedAWayOut()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "review",
              "stages": [
                {"id": "review", "title": {"ru": "Проверка", "en": "Review"},
                 "transitions": [{"on": "immediately", "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true,
                 "tasks": [{"id": "check", "title": {"ru": "Проверить", "en": "Check"}, "assignees": [{"party": "base", "role": "legal"}],
                            "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]}],
                 "transitions": [{"on": "immediately", "to": "stuck"}]},
                {"id": "stuck", "title": {"ru": "Тупик", "en": "Dead end"}}
              ]
            }
            """);

        result.Errors.Should().Equal(
            Error("$.stages[1].tasks", "final stage 'done' cannot have tasks: an instance is complete once it gets there"),
            Error("$.stages[1].transitions", "final stage 'done' cannot have transitions: an instance is complete once it gets there"),
            Error("$.stages[2]", "stage 'stuck' is not final but has no transitions or commands, so an instance could never leave it"));
    }

    [Fact]
    public void OutcomeWithoutATransition_IsReported()
    {
        var result = Load(ValidTiny.Replace(
            """[{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}]""",
            """[{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}, {"id": "reject", "title": {"ru": "Отклонить", "en": "Reject"}}]""",
            StringComparison.Ordinal));

        result.Errors.Should().Equal(Error("$.stages[0].tasks[0].outcomes[1]", "no transition leaves stage 'review' on outcome 'reject' of task 'check'"));
    }

    [Fact]
    public void IdsVersionAndSubjectKind_AreChecked()
    {
        var json = ValidTiny
            .Replace("\"version\": 1", "\"version\": 0", StringComparison.Ordinal)
            .Replace("\"subjectKind\": \"agreement\"", "\"subjectKind\": \"contract\"", StringComparison.Ordinal)
            .Replace("\"id\": \"check\"", "\"id\": \"Check_1\"", StringComparison.Ordinal)
            .Replace("\"task\": \"check\"", "\"task\": \"Check_1\"", StringComparison.Ordinal);

        Load(json).Errors.Should().Equal(
            Error("$.version", "expected a version of 1 or more; found 0"),
            Error("$.subjectKind", "expected one of: agreement, amendment, creditTransfer; found 'contract'"),
            Error("$.stages[0].tasks[0].id", "expected an id of lowercase Latin letters, digits and hyphens that starts with a letter; found 'Check_1'"));
    }

    [Fact]
    public void WrongTypes_AreReportedWithWhatWasFound()
    {
        var json = ValidTiny
            .Replace("\"version\": 1", "\"version\": \"1\"", StringComparison.Ordinal)
            .Replace("\"title\": {\"ru\": \"Проверить\", \"en\": \"Check\"}", "\"title\": \"Проверить\"", StringComparison.Ordinal)
            .Replace("\"en\": \"Approve\"}}", "\"en\": \"Approve\"}, \"decisive\": \"yes\"}", StringComparison.Ordinal)
            .Replace("\"onEnter\": [{\"name\": \"archive\"}]", "\"onEnter\": {\"name\": \"archive\"}", StringComparison.Ordinal);

        Load(json).Errors.Should().Equal(
            Error("$.version", "expected a whole number; found '1'"),
            Error("$.stages[0].tasks[0].title", "expected an object; found 'Проверить'"),
            Error("$.stages[0].tasks[0].outcomes[0].decisive", "expected true or false; found 'yes'"),
            Error("$.stages[1].onEnter", "expected an array; found an object"));
    }

    [Fact]
    public void TransitionAfterAnUnconditionalOneOnTheSameTrigger_IsNeverTaken()
    {
        var result = Load(ValidTiny.Replace(
            """[{"on": {"task": "check", "outcome": "approve"}, "to": "done"}]""",
            """[{"on": {"task": "check", "outcome": "approve"}, "to": "done"}, {"on": {"task": "check", "outcome": "approve"}, "to": "review", "when": "count > 1"}]""",
            StringComparison.Ordinal));

        result.Errors.Should().Equal(Error(
            "$.stages[0].transitions[1]",
            "this transition is never taken: the one at $.stages[0].transitions[0] fires on the same trigger without a condition"));
    }

    [Fact]
    public void TimersAndCommands_MustDoSomething_AndATimerNeedsExactlyOneOfAfterOrAt()
    {
        var result = Load("""
            {
              "id": "tiny", "version": 1, "title": {"ru": "Малый", "en": "Tiny"},
              "subjectKind": "agreement", "startStage": "active",
              "stages": [
                {"id": "active", "title": {"ru": "Действует", "en": "Active"},
                 "timers": [{"id": "idle", "after": {"workingDays": 5}},
                            {"id": "both", "after": {"workingDays": 5}, "at": {"field": "term.to"}, "action": {"name": "notify"}},
                            {"id": "bad-field", "at": {"field": "term..to"}, "action": {"name": "notify"}}],
                 "commands": [{"id": "close", "title": {"ru": "Закрыть", "en": "Close"}, "allowed": [{"party": "base", "role": "director"}]},
                              {"id": "archive", "title": {"ru": "В архив", "en": "Archive"}, "allowed": [{"party": "base", "role": "director"}]}],
                 "transitions": [{"on": {"command": "archive"}, "to": "done"}]},
                {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
              ]
            }
            """);

        result.Errors.Should().Equal(
            Error("$.stages[0].timers[1]", "expected exactly one of 'after' or 'at'; found both"),
            Error("$.stages[0].timers[2].at.field", "expected a dotted field path such as term.to; found 'term..to'"),
            Error("$.stages[0].timers[0]", "timer 'idle' has neither an action nor a transition, so it would do nothing"),
            Error("$.stages[0].commands[0]", "command 'close' has neither an action nor a transition, so it would do nothing"));
    }

    [Fact]
    public void Reminders_NeedADue_AndAnEscalationNeedsRepeatedReminders()
    {
        var result = Load(ValidTiny.Replace(
            """[{"party": "base", "role": "legal"}]""",
            """[{"party": "base", "role": "legal"}], "reminders": {"onDueDay": true, "escalation": {"afterOverdueReminders": 0, "to": {"party": "base", "role": "director"}}}""",
            StringComparison.Ordinal));

        result.Errors.Should().Equal(
            Error("$.stages[0].tasks[0].reminders.escalation.afterOverdueReminders", "expected 1 or more; found 0"),
            Error("$.stages[0].tasks[0].reminders.escalation", "an escalation counts overdue reminders, so the reminders need 'repeatWhenOverdue'"),
            Error("$.stages[0].tasks[0].reminders", "reminders before, on or after the due day need a 'due' on the task"));
    }

    [Fact]
    public void PropertyGivenTwice_IsReported()
    {
        var result = Load(ValidTiny.Replace("\"startStage\": \"review\"", "\"startStage\": \"review\", \"startStage\": \"done\"", StringComparison.Ordinal));

        result.Errors.Should().Equal(Error("$.startStage", "the property 'startStage' appears more than once"));
    }

    [Fact]
    public void MalformedJson_IsOneErrorWithLineAndColumn()
    {
        var result = Load("{\n  \"id\": \"tiny\",\n  \"title\": {\"ru\": \"Малый\" \"en\": \"Tiny\"}\n}");

        result.Errors.Should().Equal(new DefinitionError(
            File, "$", "the file is not valid JSON: line 3, column 27: '\"' is invalid after a value. Expected either ',', '}', or ']'."));
    }

    [Fact]
    public void SameIdAndVersionInTwoFiles_IsReportedOnTheMisnamedCopy()
    {
        var folder = Directory.CreateTempSubdirectory("workflow-definitions-");
        try
        {
            System.IO.File.WriteAllText(Path.Combine(folder.FullName, "tiny.v1.json"), ValidTiny);
            System.IO.File.WriteAllText(Path.Combine(folder.FullName, "tiny-copy.v1.json"), ValidTiny);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "schema"));
            System.IO.File.WriteAllText(Path.Combine(folder.FullName, "schema", "ignored.json"), "not json");

            var result = DefinitionFixtures.Loader.LoadDirectory(folder.FullName);

            result.Errors.Should().Equal(
                new DefinitionError("tiny-copy.v1.json", "$", "the file name must be 'tiny.v1.json' for id 'tiny' and version 1; found 'tiny-copy.v1.json'"),
                new DefinitionError("tiny-copy.v1.json", "$", "workflow 'tiny' version 1 is also defined in 'tiny.v1.json'"));
            result.Definitions.Should().ContainSingle().Which.Id.Should().Be("tiny");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ToRegistry_ThrowsAnExceptionListingEveryErrorOnItsOwnLine()
    {
        var result = Load(ValidTiny.Replace("\"archive\"", "\"archiv\"", StringComparison.Ordinal), "tiny.json");

        var act = () => result.ToRegistry();

        var exception = act.Should().Throw<WorkflowDefinitionsException>().Which;
        exception.Errors.Should().HaveCount(2);
        exception.Message.Split(Environment.NewLine).Should().Equal(
            "Workflow definitions are invalid (2 problems):",
            "tiny.json: $: the file name must be 'tiny.v1.json' for id 'tiny' and version 1; found 'tiny.json'",
            "tiny.json: $.stages[1].onEnter[0].name: unknown action 'archiv'; expected one of: archive, assign-registration-number, completion-certificate, notify, render-document, start-amendment");
    }
}
