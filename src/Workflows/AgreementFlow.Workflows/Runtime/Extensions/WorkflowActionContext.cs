using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Outbox;

namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>What an action sees and may change: the instance's data, its parameters, the outbox.</summary>
public sealed class WorkflowActionContext
{
    private readonly List<OutboxMessage> _messages;

    internal WorkflowActionContext(Guid actionId, WorkflowInstance instance, JsonObject data, IReadOnlyDictionary<string, string> parameters, DateTime nowUtc, List<OutboxMessage> messages)
    {
        ActionId = actionId;
        Instance = instance;
        Data = data;
        Parameters = parameters;
        NowUtc = nowUtc;
        _messages = messages;
    }

    /// <summary>
    /// This run's identity, the same on a retry: an action with effects outside the step's transaction
    /// (starting another instance) uses it to do them once.
    /// </summary>
    public Guid ActionId { get; }

    /// <summary>The instance (read it; the runtime changes it).</summary>
    public WorkflowInstance Instance { get; }

    /// <summary>The instance data; changes are saved with the step.</summary>
    public JsonObject Data { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

    public DateTime NowUtc { get; }

    /// <summary>Queues a message in the outbox, in the step's transaction.</summary>
    public void Notify(string kind, Guid? recipientPersonId, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        _messages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(NowUtc, TimeSpan.Zero)),
            Kind = kind,
            InstanceId = Instance.Id,
            RecipientPersonId = recipientPersonId,
            Payload = payload.ToJsonString(),
            CreatedAtUtc = NowUtc,
            AvailableAtUtc = NowUtc,
        });
    }
}
