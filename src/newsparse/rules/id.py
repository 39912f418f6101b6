"""Indonesian rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="id",
    name="Indonesian",
    stopwords=frozenset(
        ["ada", "adalah", "agar", "akan", "aku", "anda", "antara", "apa", "apabila", "atau", "bagaimana", "bagi", "bahwa", "banyak", "bisa", "belum", "berapa", "beberapa", "bila", "boleh", "bukan", "dalam", "dan", "dapat", "dari", "daripada", "dengan", "di", "dia", "hal", "hanya", "harus", "ia", "ini", "itu", "jadi", "jika", "juga", "kalau", "kami", "kamu", "karena", "ke", "kecuali", "kemudian", "kepada", "ketika", "kita", "lagi", "lain", "lalu", "maka", "masih", "mereka", "meski", "mungkin", "namun", "oleh", "pada", "para", "pun", "saat", "saja", "sama", "sangat", "saya", "se", "sebagai", "sebelum", "sedang", "sehingga", "sejak", "sekali", "selain", "seperti", "serta", "setelah", "sudah", "supaya", "tanpa", "tapi", "telah", "tentang", "tersebut", "tetapi", "tidak", "untuk", "walaupun", "yaitu", "yang"]
    ),
    lines={
        "share": ("bagikan", "bagikan ini", "share this", "cetak", "surat elektronik", "salin tautan", "ikuti"),
        "comments": ("komentar", "tinggalkan balasan", "balas", "tinggalkan komentar", "satu tanggapan", "tanggapan"),
        "newsletter": ("berlangganan", "daftar"),
        "advertisement": ("iklan", "konten bersponsor"),
        "cookie": ("terima", "setuju"),
        "paywall": ("berlangganan sekarang",),
        "navigation": ("beranda", "cari", "menu", "masuk", "kembali", "lagi", "berikutnya", "sebelumnya", "tag",
                       "kategori", "berita", "olahraga", "politik", "ekonomi"),
        "footer": ("tentang kami", "kontak", "kebijakan privasi", "syarat dan ketentuan", "pedoman media siber",
                   "hak cipta dilindungi"),
        "other": ("foto", "memuat...", "suka memuat...", "sukai ini:", "terkait"),
        "related": ("baca juga", "berita terkait", "artikel terkait", "terpopuler", "berita lainnya", "terkait"),
    },
    prefixes={
        "related": (r"baca juga\b",),
        "comments": (r"situs ini menggunakan akismet\b",  # WordPress's spam filter notice under the comment form
                     r"\d{1,7} komentar\b", r"ketikkan komentar\b"),
        "footer": (common.COPYRIGHT_NOTICE,),
        "navigation": (r"(?:tag|kategori)\s*:", r"anda di sini\s*(?::|$)"),
        "other": (r"situs ini dilindungi oleh recaptcha\b",),
    },
    author_labels=("tentang penulis",),
    recipe_ingredients=("bahan", "bahan-bahan"),
    recipe_steps=("cara membuat", "langkah"),
    byline_markers=("oleh", "penulis:", "editor:"),
    name_joiners=("dan", "&"),
    agency_joiners=("dan",),
    newsroom_names=("redaksi", "tim redaksi"),
    byline_titles=("wartawan", "kontributor", "editor"),
    credit_markers=(r"foto", r"sumber", r"ilustrasi"),
    caption_markers=("keterangan foto",),
    counter_words=('dari',),
    weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    months={
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
    },
    published_words=("diterbitkan", "dipublikasikan", "diposting"),
    updated_words=("diperbarui",),
    title_echoes=(r"\d{1,5} (?:komentar|tanggapan|pemikiran) (?:pada|untuk|tentang)", r"(?:satu) (?:komentar|tanggapan|pemikiran) (?:pada|untuk|tentang)"),
    post_notes=(r"(?:tulisan|entri|artikel) ini (?:dipublikasikan|diterbitkan|ditulis)(?: di [^\n]{1,80}?)? pada (?:\w+,? )?{date}",),
    relative_time=(r"\d{1,7}\s*(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang )?lalu",),
    contributors=(),
)
