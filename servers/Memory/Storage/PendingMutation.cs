using McpServers.Memory.Graph;

namespace McpServers.Memory.Storage;

/// <summary>A mutation waiting for the writer: it runs against the fresh graph, then is acknowledged once its batch is durable.</summary>
internal interface IPendingMutation
{
    /// <summary>Runs the mutation; a <see cref="GraphInputException"/> rejects only this one and leaves the graph unchanged.</summary>
    void Apply(KnowledgeGraph graph, GraphChanges changes);

    void Complete();

    void Fail(Exception error);
}

internal sealed class PendingMutation<T>(Func<KnowledgeGraph, GraphChanges, T> mutation) : IPendingMutation
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _done.Task;

    public void Apply(KnowledgeGraph graph, GraphChanges changes) => _result = mutation(graph, changes);

    public void Complete() => _done.TrySetResult(_result!);

    public void Fail(Exception error) => _done.TrySetException(error);
}
