namespace McpServers.Storage;

/// <summary>
/// An exclusive lock shared by every process on the machine, held as an OS advisory lock on <c>&lt;file&gt;.lock</c>
/// (.NET opens a file with <see cref="FileShare.None"/> under an exclusive <c>flock</c> on Unix). The kernel releases
/// it when the holder dies, even by SIGKILL, so there is no stale lock to time out. Waiters back off with jitter.
/// Threads of one process queue on a semaphore first, so the OS lock is only contended between processes.
/// </summary>
public sealed class CrossProcessFileLock
{
    private readonly SemaphoreSlim _inProcess = new(1, 1);

    /// <summary>Creates a lock guarding <paramref name="guardedFile"/> through <c>&lt;guardedFile&gt;.lock</c>.</summary>
    public CrossProcessFileLock(string guardedFile) => LockPath = guardedFile + ".lock";

    /// <summary>The lock file's path.</summary>
    public string LockPath { get; }

    /// <summary>Longest wait before giving up with <see cref="TimeoutException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Waits for the lock; dispose the result to release it. The lock file's stream is open for reading and writing.</summary>
    /// <exception cref="TimeoutException">Another process held the lock for longer than <see cref="Timeout"/>.</exception>
    public async Task<Held> AcquireAsync(CancellationToken cancellationToken = default)
    {
        if (!await _inProcess.WaitAsync(Timeout, cancellationToken).ConfigureAwait(false))
            throw TimedOut();
        try
        {
            var stream = await OpenExclusiveAsync(cancellationToken).ConfigureAwait(false);
            return new Held(this, stream);
        }
        catch
        {
            _inProcess.Release();
            throw;
        }
    }

    private async Task<FileStream> OpenExclusiveAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var delay = TimeSpan.FromMilliseconds(0.5);
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e) when (IsSharingViolation(e))
            {
                if (DateTime.UtcNow >= deadline)
                    throw TimedOut();
                var jittered = delay * (0.5 + Random.Shared.NextDouble());
                await Task.Delay(jittered, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMilliseconds(20).Ticks));
            }
        }
    }

    // A lock held by another process shows up as an IOException that is not about a missing path or access rights.
    private static bool IsSharingViolation(IOException e) =>
        e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException;

    private TimeoutException TimedOut() =>
        new($"Another process held {LockPath} for more than {Timeout.TotalSeconds:0} s; if no other process is using the file, delete the lock file");

    /// <summary>A held lock; disposing releases it.</summary>
    public sealed class Held : IDisposable
    {
        private readonly CrossProcessFileLock _owner;
        private int _released;

        internal Held(CrossProcessFileLock owner, FileStream stream)
        {
            _owner = owner;
            Stream = stream;
        }

        /// <summary>The open lock file: holders may keep a little state in it (e.g. a generation stamp).</summary>
        public FileStream Stream { get; }

        /// <summary>Releases the lock.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            Stream.Dispose();
            _owner._inProcess.Release();
        }
    }
}
