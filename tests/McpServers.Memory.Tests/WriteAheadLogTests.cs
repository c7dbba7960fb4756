using System.Text;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;

namespace McpServers.Memory.Tests;

public sealed class WriteAheadLogTests
{
    [Fact]
    public void TornLastLine_IsIgnoredByReaders_AndCutByTheNextWriter()
    {
        using var folder = new MemoryFolder();
        var wal = new WriteAheadLog(folder.FilePath + ".wal");
        var changes = new GraphChanges();
        changes.EntityWritten(new Entity("Kept", "t", ["acknowledged"]));
        wal.Append(changes.Records);
        File.AppendAllText(wal.Path, """{"type":"entity","name":"Torn","entit""", Encoding.UTF8);

        var reader = new WriteAheadLog(wal.Path);
        var graph = new KnowledgeGraph();
        reader.CatchUp(graph, fromStart: true);
        var next = new GraphChanges();
        next.EntityWritten(new Entity("After", "t", []));
        reader.Append(next.Records);
        var replayed = new KnowledgeGraph();
        new WriteAheadLog(wal.Path).CatchUp(replayed, fromStart: true);

        Assert.Equal(["Kept"], graph.Entities.Select(e => e.Name));
        Assert.Equal(["Kept", "After"], replayed.Entities.Select(e => e.Name));
        Assert.DoesNotContain("Torn", File.ReadAllText(wal.Path));
    }

    [Fact]
    public void Replay_IsIdempotent_SoACrashBetweenCheckpointAndLogResetLosesNothing()
    {
        var changes = new GraphChanges();
        var graph = new KnowledgeGraph();
        graph.CreateEntities([new EntityView("A", "t", ["1"]), new EntityView("B", "t", [])], changes);
        graph.CreateRelations([new RelationView("A", "B", "r")], changes);
        graph.AddObservations([new ObservationAddition("A", ["2"])], changes);
        graph.DeleteEntities(["B"], changes);

        var once = new KnowledgeGraph();
        var twice = new KnowledgeGraph();
        foreach (var record in changes.Records)
            GraphChanges.Apply(once, record);
        foreach (var record in changes.Records.Concat(changes.Records))
            GraphChanges.Apply(twice, record);

        Assert.Equal(["A"], once.Entities.Select(e => e.Name));
        Assert.Equal(["1", "2"], once.Find("A")!.Observations);
        Assert.Equal(0, once.RelationCount);
        Assert.Equal(once.Entities.Select(e => string.Join(",", e.Observations)), twice.Entities.Select(e => string.Join(",", e.Observations)));
        Assert.Equal(0, twice.RelationCount);
    }
}
