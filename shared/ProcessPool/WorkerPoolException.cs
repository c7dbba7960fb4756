namespace McpServers.ProcessPool;

/// <summary>Why the pool could not serve a call; the message says what happened and what to do.</summary>
public class WorkerPoolException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Every worker is busy and none freed up in time.</summary>
public sealed class PoolFullException(string message) : WorkerPoolException(message);

/// <summary>The session was closed after being idle.</summary>
public sealed class SessionExpiredException(string message) : WorkerPoolException(message);

/// <summary>The session's worker exited or stopped answering; its state is gone.</summary>
public sealed class WorkerCrashedException(string message) : WorkerPoolException(message);

/// <summary>A worker could not be started.</summary>
public sealed class WorkerStartException(string message, Exception? inner = null) : WorkerPoolException(message, inner);
