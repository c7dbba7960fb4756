using System.Diagnostics;

namespace McpServers.Hub.Supervision;

/// <summary>
/// What one server did through the hub (calls, errors, durations of the last 1,000 calls) and what its process uses
/// (CPU and resident memory, sampled by <see cref="Sample"/>).
/// </summary>
internal sealed class ServerUsage
{
    private const int Kept = 1000;

    /// <summary>Samples kept for <see cref="History"/>: ten minutes at one every two seconds.</summary>
    public const int HistoryKept = 300;

    private readonly Queue<UsageSample> _history = new();
    private readonly Lock _gate = new();
    private readonly double[] _durations = new double[Kept];
    private int _next;
    private int _count;
    private long _calls;
    private long _errors;
    private TimeSpan _cpuBefore;
    private long _sampledAt;
    private int? _sampledProcess;

    public long Calls => Interlocked.Read(ref _calls);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>CPU time of the current process (seconds); restarts begin again at zero, so the hub's total adds the ones before.</summary>
    public double CpuSeconds { get; private set; }

    /// <summary>CPU time of the earlier runs.</summary>
    public double CpuSecondsBefore { get; private set; }

    public double CpuPercent { get; private set; }

    public long RssBytes { get; private set; }

    /// <summary>CPU and memory over the last minutes, oldest first (at most one sample per 1.5 s).</summary>
    public IReadOnlyList<UsageSample> History()
    {
        lock (_gate)
            return [.. _history];
    }

    public void Record(TimeSpan duration, bool failed)
    {
        Interlocked.Increment(ref _calls);
        if (failed)
            Interlocked.Increment(ref _errors);
        lock (_gate)
        {
            _durations[_next] = duration.TotalMilliseconds;
            _next = (_next + 1) % Kept;
            _count = Math.Min(_count + 1, Kept);
        }
    }

    /// <summary>The duration (ms) below which <paramref name="quantile"/> of the recent calls fell; null before any call.</summary>
    public double? Percentile(double quantile)
    {
        double[] recent;
        lock (_gate)
            recent = _durations[.._count];
        if (recent.Length == 0)
            return null;
        Array.Sort(recent);
        return Math.Round(recent[(int)Math.Round(quantile * (recent.Length - 1))], 1);
    }

    /// <summary>Reads the process's CPU time and resident memory; CPU percent is over the time since the last sample.</summary>
    public void Sample(int? processId)
    {
        lock (_gate)
        {
            SampleLocked(processId);
            var now = DateTimeOffset.UtcNow;
            if (_history.Count == 0 || now - _history.Last().At >= TimeSpan.FromSeconds(1.5))
            {
                _history.Enqueue(new UsageSample(now, CpuPercent, RssBytes));
                if (_history.Count > HistoryKept)
                    _history.Dequeue();
            }
        }
    }

    private void SampleLocked(int? processId)
    {
        if (processId != _sampledProcess)
        {
            CpuSecondsBefore += CpuSeconds;
            CpuSeconds = 0;
            _cpuBefore = TimeSpan.Zero;
            _sampledAt = 0;
            _sampledProcess = processId;
        }
        if (processId is not { } pid)
        {
            CpuPercent = 0;
            RssBytes = 0;
            return;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            var cpu = process.TotalProcessorTime;
            var now = Stopwatch.GetTimestamp();
            var wall = Stopwatch.GetElapsedTime(_sampledAt, now);
            // Two reads a moment apart say nothing about the CPU share: the percent is over at least half a second.
            if (_sampledAt == 0 || wall >= TimeSpan.FromMilliseconds(500))
            {
                if (_sampledAt != 0)
                    CpuPercent = Math.Round((cpu - _cpuBefore) / wall * 100, 1);
                _cpuBefore = cpu;
                _sampledAt = now;
            }
            CpuSeconds = cpu.TotalSeconds;
            RssBytes = process.WorkingSet64;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Gone between the check and the read: the next sample sees its successor.
        }
    }
}

/// <summary>One reading of a server's CPU share and resident memory.</summary>
internal sealed record UsageSample(DateTimeOffset At, double CpuPercent, long RssBytes);
