//! Keeping sessions to the person whose account runs klarhet.
//!
//! Session files, their journals and backups, and the folder's index hold who has
//! voted and open answers, so only their owner may read them. On Unix that is the
//! file mode: 0600 for files (tempfile creates its files that way, and the journal
//! and a lock's empty file ask for it) and 0700 for the sessions folder.
//!
//! Windows has no file modes; a file there simply inherits its folder's access
//! list (DACL), and outside the user's profile (a `--data-dir` such as
//! `C:\workshops` or a shared disk) that usually lets every user of the machine
//! read it. So a private file gets a *protected* DACL, one that inherits nothing
//! from its folder, with a single entry: full access for the user the process runs
//! as. The sessions folder gets the same entry marked to be inherited, so a file
//! made in it is private from its first moment; each private file is still set
//! explicitly, before a byte of it is written, since the index and journal may be
//! written where the folder could not be changed.
//!
//! Exports are for handing on and keep their folder's ordinary permissions.

use std::fs::{File, OpenOptions};
use std::path::Path;

/// Who may read a file that the atomic write makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Readers {
    /// Only its owner: sessions, journals, backups, the index.
    Owner,
    /// Anyone the folder lets read it: exported reports.
    Anyone,
    /// Whoever could read the file this one replaces: an export written over
    /// keeps what its owner gave it, never wider.
    As(std::fs::Permissions),
}

/// Makes `options` create a file only its owner can read (0600) on Unix. Windows
/// cannot say this at open through std: call [`restrict`] on the new file.
#[cfg(unix)]
pub(super) fn owner_only(options: &mut OpenOptions) {
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
}

#[cfg(not(unix))]
pub(super) fn owner_only(_: &mut OpenOptions) {}

/// Makes the file at `path` readable by its owner only: on Windows its DACL is
/// replaced by the owner's entry.
#[cfg(windows)]
pub(super) fn restrict(path: &Path) -> std::io::Result<()> {
    windows::owner_only(path, false)
}

/// On Unix the file already is private: it was created 0600.
#[cfg(not(windows))]
pub(super) fn restrict(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Makes an export readable by others (0644) on Unix, where the temporary file it
/// is written in was made 0600.
#[cfg(unix)]
pub(super) fn share(file: &File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere an export keeps what its folder gives it.
#[cfg(not(unix))]
pub(super) fn share(_: &File) -> std::io::Result<()> {
    Ok(())
}

/// Closes the sessions folder to everyone but its owner (0700; on Windows an
/// owner-only DACL that files made in it inherit). Best effort, as a folder the
/// user does not own cannot be changed, and each file is made private anyway.
pub(super) fn restrict_folder(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    #[cfg(windows)]
    {
        let _ = windows::owner_only(dir, true);
    }
    #[cfg(not(any(unix, windows)))]
    let _ = dir;
}

#[cfg(windows)]
mod windows {
    use std::os::windows::fs::OpenOptionsExt;
    use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle};
    use std::path::Path;
    use std::ptr::{null, null_mut};
    use windows_sys::Win32::Foundation::HANDLE;
    use windows_sys::Win32::Security::Authorization::{SE_FILE_OBJECT, SetSecurityInfo};
    use windows_sys::Win32::Security::{
        ACCESS_ALLOWED_ACE, ACL, ACL_REVISION, AddAccessAllowedAceEx, CONTAINER_INHERIT_ACE,
        DACL_SECURITY_INFORMATION, GetLengthSid, GetTokenInformation, InitializeAcl,
        OBJECT_INHERIT_ACE, PROTECTED_DACL_SECURITY_INFORMATION, TOKEN_QUERY, TOKEN_USER,
        TokenUser,
    };
    use windows_sys::Win32::Storage::FileSystem::{
        FILE_ALL_ACCESS, FILE_FLAG_BACKUP_SEMANTICS, READ_CONTROL, WRITE_DAC,
    };
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

    /// Gives the file or folder at `path` a protected DACL with one entry, full
    /// access for the current user; `inherit` marks it to pass to what a folder
    /// holds.
    pub(super) fn owner_only(path: &Path, inherit: bool) -> std::io::Result<()> {
        let acl = owner_acl(inherit)?;
        // A handle of its own with only the rights to read and change the access
        // list: the handle that writes the file was not opened with WRITE_DAC, and
        // these rights never conflict with its sharing mode. Backup semantics let
        // the same call open a folder.
        let target = std::fs::OpenOptions::new()
            .access_mode(READ_CONTROL | WRITE_DAC)
            .custom_flags(FILE_FLAG_BACKUP_SEMANTICS)
            .open(path)?;
        // SAFETY: the handle is open for WRITE_DAC, and `acl` is an initialised ACL
        // that outlives the call; no owner, group or SACL is passed.
        let status = unsafe {
            SetSecurityInfo(
                target.as_raw_handle(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                acl.as_ptr().cast::<ACL>(),
                null(),
            )
        };
        match status {
            0 => Ok(()),
            code => Err(std::io::Error::from_raw_os_error(code as i32)),
        }
    }

    /// An ACL, in DWORD-aligned memory, holding one entry that allows the
    /// process's user everything.
    fn owner_acl(inherit: bool) -> std::io::Result<Vec<u32>> {
        let user = token_user()?;
        // SAFETY: `user` holds a TOKEN_USER as GetTokenInformation wrote it, and the
        // SID it points to lies within the same buffer, alive until this returns.
        let sid = unsafe { (*user.as_ptr().cast::<TOKEN_USER>()).User.Sid };
        // SAFETY: `sid` is the valid SID just read from the token.
        let sid_len = unsafe { GetLengthSid(sid) } as usize;
        let size = size_of::<ACL>() + size_of::<ACCESS_ALLOWED_ACE>() - size_of::<u32>() + sid_len;
        let mut acl = vec![0u32; size.div_ceil(4)];
        let bytes = (acl.len() * 4) as u32;
        let flags = if inherit {
            OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE
        } else {
            0
        };
        // SAFETY: `acl` is `bytes` long and 4-aligned as an ACL must be; the
        // entry's SID is valid, and the size above leaves room for it.
        let built = unsafe {
            InitializeAcl(acl.as_mut_ptr().cast(), bytes, ACL_REVISION) != 0
                && AddAccessAllowedAceEx(
                    acl.as_mut_ptr().cast(),
                    ACL_REVISION,
                    flags,
                    FILE_ALL_ACCESS,
                    sid,
                ) != 0
        };
        if built {
            Ok(acl)
        } else {
            Err(std::io::Error::last_os_error())
        }
    }

    /// The process token's TOKEN_USER (the user's SID), in 8-aligned memory.
    fn token_user() -> std::io::Result<Vec<u64>> {
        let mut raw: HANDLE = null_mut();
        // SAFETY: the pseudo-handle of this process needs no closing; `raw`
        // receives a new handle, owned (and closed) below.
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut raw) } == 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: `raw` is the open token handle just returned, owned by no one else.
        let token = unsafe { OwnedHandle::from_raw_handle(raw) };
        let mut len = 0u32;
        // The first call only asks how much room the answer needs: it fails with
        // ERROR_INSUFFICIENT_BUFFER and sets `len`.
        // SAFETY: no buffer is passed, with a length of 0.
        unsafe { GetTokenInformation(token.as_raw_handle(), TokenUser, null_mut(), 0, &mut len) };
        if len == 0 {
            return Err(std::io::Error::last_os_error());
        }
        let mut buf = vec![0u64; (len as usize).div_ceil(8)];
        // SAFETY: `buf` is at least `len` bytes and aligned for TOKEN_USER.
        let got = unsafe {
            GetTokenInformation(
                token.as_raw_handle(),
                TokenUser,
                buf.as_mut_ptr().cast(),
                len,
                &mut len,
            )
        };
        if got == 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(buf)
    }
}
