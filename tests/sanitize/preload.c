/*
 * Preloaded into Debian's postgres by tests/sanitize/run, between the
 * runtimes of ASan and UBSan; not part of pgcx.  It makes the sanitizers
 * work in a server that was not built with them.
 */
#include <stddef.h>
#include <stdlib.h>

char	   *swift_demangle(const char *name, size_t length, char *buffer,
						   size_t *buffer_size, unsigned int flags);
const char *__ubsan_default_options(void);

/*
 * Demangles no name: ASan then demangles C++ names itself, as without it.
 *
 * Preloaded into a program it was not linked into, ASan's runtime runs its
 * own constructor after those of the program's libraries, so it initializes
 * at the first malloc one of them makes.  In postgres that malloc comes from
 * libgpg-error's constructor, inside bindtextdomain(), which holds glibc's
 * gettext lock.  ASan's initialization then looks up swift_demangle with
 * dlsym(); the lookup fails, and the dlerror() that follows translates its
 * message through gettext, which takes the same lock again from the same
 * thread and leaves it broken: the next bindtextdomain() (postgres's own, in
 * main) waits forever, and so does pg_ctl start.  With swift_demangle
 * defined here the lookup succeeds and gettext is not entered during ASan's
 * initialization.
 */
char *
swift_demangle(const char *name, size_t length, char *buffer,
			   size_t *buffer_size, unsigned int flags)
{
	return NULL;
}

/*
 * UBSan's options, read from the environment the C library keeps.
 *
 * UBSan's runtime initializes at its first report, and reads UBSAN_OPTIONS
 * from /proc/self/environ, the memory the environment was first given in:
 * the postmaster has overwritten that memory with its process title by then
 * (after moving the environment elsewhere), so a backend's report would go
 * to stderr, without a stack and without the options.  UBSan asks this
 * function first.
 */
const char *
__ubsan_default_options(void)
{
	const char *options = getenv("UBSAN_OPTIONS");

	return options ? options : "";
}
