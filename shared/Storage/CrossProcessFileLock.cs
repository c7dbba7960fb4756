namespace McpServers.Storage;

/// <summary>
/// An exclusive lock shared by every process on the machine: an OS advisory lock (<c>flock</c>) on
/// <c>&lt;file&gt;.lock</c>. The kernel releases it when the holder dies, even by SIGKILL, so there is no stale lock
/// to time out. Waiters block in the kernel, which wakes one the instant the holder lets go; polling with back-off
/// (what a <see cref="FileShare.None"/> open would need) loses milliseconds per hand-over when several processes write.
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

    /// <summary>Waits for the lock; dispose the result to release it.</summary>
    /// <exception cref="TimeoutException">Another process held the lock for longer than <see cref="Timeout"/>.</exception>
    public async Task<Held> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        if (!await _inProcess.WaitAsync(Timeout, cancellationToken).ConfigureAwait(false))
            throw TimedOut();
        try
        {
            var fd = PosixFile.OpenLockFile(LockPath);
            if (PosixFile.TryLockExclusive(fd))
                return new Held(this, fd);
            var wait = Task.Run(() => PosixFile.LockExclusive(fd), CancellationToken.None);
            try
            {
                await wait.WaitAsync(Timeout - (DateTime.UtcNow - started), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                // The kernel wait cannot be interrupted: let go of the lock as soon as it is granted.
                _ = wait.ContinueWith(_ => PosixFile.Close(fd), TaskScheduler.Default);
                throw e is TimeoutException ? TimedOut() : e;
            }
            return new Held(this, fd);
        }
        catch
        {
            _inProcess.Release();
            throw;
        }
    }

    private TimeoutException TimedOut() =>
        new($"Another process held {LockPath} for more than {Timeout.TotalSeconds:0} s. Is another server stuck? The lock is released when that process ends.");

    /// <summary>A held lock; disposing releases it.</summary>
    public sealed class Held : IDisposable
    {
        private readonly CrossProcessFileLock _owner;
        private readonly int _fd;
        private int _released;

        internal Held(CrossProcessFileLock owner, int fd)
        {
            _owner = owner;
            _fd = fd;
        }

        /// <summary>Releases the lock.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            PosixFile.Close(_fd);
            _owner._inProcess.Release();
        }
    }
}
