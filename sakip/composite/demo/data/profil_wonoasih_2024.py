"""Wonoasih's profile for the LKjIP 2024 (Bab I), transcribed from seed 002.

Text is as written in the seed, with page-break splits joined; the two-column visi layout that the
text extraction garbled ("Membangun … / Probolinggo Lebih Baik …") is put back in reading order.

Tables: the cells are as written, the totals are **not** transcribed — sakip computes them. Where
the seed's typed totals disagree with its own rows sakip prints the computed ones:

- Tabel 1.1: the seed writes the areas with a thousands dot (``1.970``, total ``10.981``) while the
  text says 10,981 km² and Wonoasih 0,843 km²; the cells are read as ``1,970`` etc., which sum to
  10,981. ``6.5`` km is ``6,5``.
- Tabel 1.2: the seed's total row says P 16.516 and 32.834, and Sumber Taman 9.284, but its rows
  give P 16.387 (as the seed's own text says), Sumber Taman 4.604 + 4.611 = 9.215 and a total of
  32.587. The narrative paragraph is staff text and keeps what they wrote.
- Tabel 1.3's Islam total 35.120 matches its rows; the other columns had no typed total.

The “Keterkaitan Visi, Misi …” table that the seed numbers 3.1 inside Bab I is kept as a table of
1.3 Aspek Strategis. Gambar 1 (the map) is a picture in the source and not available; Gambar 2 (the
organisation chart) is drawn from the units of the PD.
"""

from typing import Any

_PENDAHULUAN = "\n".join([
    'Dalam rangka meningkatkan pelaksanaan pemerintah yang berdayaguna, berhasil guna, bersih dan bertanggung jawab, telah diterbitkan Peraturan Presiden No. 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP). Pelaksanaan lebih lanjut didasarkan atas pedoman penyusunan penetapan kinerja dan Pelaporan Akuntabilitas Kinerja Instansi Pemerintah Nomor 53 Tahun 2014 tentang Pedoman Penyusunan Penetapan Kinerja Dan Pelaporan Akuntabilitas Kinerja Instansi Pemerintah.',
    'Akuntabilitas Kinerja Instansi Pemerintah adalah perwujudan kewajiban suatu instansi pemerintah untuk mempertanggung jawabkan keberhasilan atau kegagalan pelaksanaan visi dan misi organisasi dalam mencapai tujuan dan sasaran yang telah ditetapkan melalui alat pertanggung jawaban secara periodik.',
    'Untuk mencapai Akuntabilitas Instansi Pemerintah yang baik, Kecamatan Wonoasih selaku unsur pembantu pimpinan, dituntut selalu melakukan pembenahan kinerja. Pembenahan kinerja diharapkan mampu meningkatkan peran serta fungsi Kecamatan sebagai subsistem dari sistem pemerintahan daerah yang berupaya memenuhi aspirasi masyarakat.',
    'Dalam perencanaan pembangunan daerah Kota Probolinggo, capaian tujuan dan sasaran pembangunan yang dilakukan tidak hanya mempertimbangkan visi dan misi daerah, melainkan keselarasan dengan tujuan dan sasaran yang ingin dicapai pada lingkup Pemerintahan Kota, Propinsi dan Nasional.',
    'Penyusunan LKjIP Kecamatan Wonoasih Kota Probolinggo Tahun 2024 yang dimaksudkan sebagai perwujudan akuntabilitas penyelenggaraan kegiatan yang dicerminkan dari pencapaian kinerja, visi, misi, realisasi pencapaian indikator kinerja utama dan sasaran dengan target yang telah ditetapkan.',
])

_GEOGRAFI = "\n".join([
    "Kecamatan Wonoasih merupakan salah satu dari lima kecamatan yang ada di Kota Probolinggo. Kecamatan Wonoasih terletak pada 7° 48' Lintang Selatan dan 113° 12' Bujur Timur, dengan ketinggian daerah ± 6 M s/d 12 M dari permukaan laut. Luas wilayah Kecamatan Wonoasih tercatat 10,981 Km² yang merupakan kecamatan terluas ketiga setelah Kecamatan Kedopok dan Kecamatan Kademangan (19,38 % dari luas Kota Probolinggo). Kecamatan Wonoasih batas-batas wilayah sebelah utara berbatasan dengan Kecamatan Kedopok, sebelah timur berbatasan dengan Kecamatan Dringu wilayah Kabupaten Probolinggo. Sebelah selatan berbatasan dengan Kecamatan Wonomerto wilayah Kabupaten Probolinggo, sedangkan sebelah barat berbatasan dengan Kecamatan Kedopok wilayah Kota Probolinggo. Kecamatan Wonoasih terbagi menjadi 6 kelurahan yaitu Kelurahan Wonoasih, Kelurahan Jrebeng Kidul, Kelurahan Pakistaji, Kelurahan Kedunggaleng, Kelurahan Kedung Asem, dan Kelurahan Sumber Taman. Kelurahan Kedung Asem merupakan kelurahan terluas (3,145 Km²) dan Kelurahan Wonoasih merupakan kelurahan terkecil (0,843 Km²) Suhu udara maksimum tercatat 32° C sedang suhu udara minimum tercatat 26° C. Kecamatan Wonoasih mengalami perubahan iklim 2 jenis setiap tahun yaitu musim kemarau dan musim penghujan. Musim penghujan hampir terjadi pada setiap bulan, kecuali bulan Mei, Juli, Agustus, September dan Oktober yang tidak ada curah hujan atau tidak pernah turun hujan. Pada bulan Januari hingga bulan Desember jumlah hari hujan sebanyak 66 hari dengan jumlah curah hujan sebanyak 1.080 mm. Jumlah ini sudah kelihatan menurun bila dibandingkan dengan tahun lalu yang pada saat itu curah hujan sebanyak 1.414 mm dengan jumlah hari sebanyak 93 hari.",
])

_KEPENDUDUKAN = "\n".join([
    'Dari sisi demografi, jumlah penduduk di wilayah Kecamatan Wonoasih Kota Probolinggo adalah sebanyak 32.834 jiwa yang terdiri dari 16.200 jiwa Laki-laki dan 16.387 jiwa perempuan. Secara lebih rinci jumlah penduduk berdasarkan jenis kelamin dan pada masing-masing kelurahan dapat dijelaskan dengan tabel jumlah penduduk berikut ini:',
])

_TUGAS_FUNGSI = "\n".join([
    'Berdasarkan Peraturan Daerah Kota Probolinggo Nomor 7 tahun 2016 tentang Organisasi Perangkat Daerah Kota Probolinggo, susunan Kecamatan Wonoasih Kota Probolinggo terdiri atas :',
    'a. Camat;',
    'b. Sekretaris Kecamatan;',
    'c. Seksi Pemerintahan;',
    'd. Seksi Pelayanan;',
    'e. Seksi Pemberdayaan Masyarakat;',
    'f. Seksi Ketentraman dan Ketertiban;',
    'g. Kelurahan;',
    'h. Sub bagian Program dan Keuangan;',
    'i. Sub bagian Tata Usaha;',
    'j. Kelompok Jabatan Fungsional.',
    'Berdasarkan Peraturan Daerah Kota Probolinggo Nomor 7 tahun 2016 tentang Organisasi Perangkat Daerah Kota Probolinggo, kedudukan Kecamatan merupakan wilayah kerja Camat sebagai perangkat daerah yang dipimpin oleh Camat, berada dibawah dan bertanggung jawab kepada Walikota melalui Sekretaris Daerah. Maka Camat mempunyai tugas melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Walikota untuk menangani sebagian urusan otonomi daerah. Untuk menyelenggarakan tugas dan kewajibannya, Camat Wonoasih mempunyai fungsi sebagai berikut :',
    '1. Mengoordinasikan kegiatan pemberdayaan masyarakat;',
    '2. Mengoordinasikan upaya penyelenggaraan ketentraman dan ketertiban umum;',
    '3. Mengoordinasikan penerapan dan penegakan peraturan perundang-undangan;',
    '4. Mengoordinasikan pemeliharaan prasarana dan fasilitas pelayanan umum;',
    '5. Mengoordinasikan penyelenggaraan kegiatan pemerintahan di tingkat Kecamatan;',
    '6. Membina penyelenggaraan pemerintahan kelurahan; dan',
    '7. Melaksanakan pelayanan masyarakat yang menjadi ruang lingkup tugasnya dan / atau yang belum dapat dilaksanakan pemerintahan kelurahan.',
    'Sedangkan uraian tugas masing-masing unit organisasi pada Kecamatan Wonoasih Kota Probolinggo berdasarkan Peraturan Walikota Probolinggo Nomor 104 Tahun 2016 tentang Tugas Pokok dan Fungsi Kecamatan dan Kelurahan sebagai berikut :',
    'a. Camat',
    'Camat, mempunyai tugas memimpin, mengkoordinasikan penyelenggaraan tugas umum pemerintahan serta melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Walikota.',
    'Untuk melaksanakan tugas sebagaimana dimaksud, Camat mempunyai fungsi :',
    'a. Pelaksanaan koordinasi dan sinkronisasi perencanaan dengan instansi terkait di bidang penyelenggaraan kegiatan pemerintahan dan pelayanan masyarakat;',
    'b. Pengkoordinasian kegiatan pemberdayaan masyarakat, upaya penyelenggaraan ketentraman dan ketertiban umum, penerapan dan penegakan peraturan perundang-undangan, pemeliharaan prasarana dan fasilitas pelayanan umum serta penyelenggaraan kegiatan pemerintahan di tingkat kecamatan;',
    'c. Pelaksanaan pelayanan masyarakat yang menjadi ruang lingkup bidang tugasnya;',
    'd. Pelaksanaan pelimpahan sebagian kewenangan Pemerintah Kota meliputi aspek : perizinan, rekomendasi, koordinasi, pembinaan, pengawasan, fasilitasi, penetapan, dan penyelenggaraan;',
    'e. Pembinaan penyelenggaraan pemerintahan kelurahan;',
    'f. Pelaksanaan evaluasi, pelaporan pembinaan dan pengawasan penyelenggaraan pemerintahan dan pelayanan masyarakat tingkat kecamatan dan kelurahan; dan g. Pelaksanaan tugas dinas lain yang diberikan oleh Walikota sesuai tugas dan fungsinya.',
    'b. Sekretaris Kecamatan',
    'Sekretaris mempunyai tugas melaksanakan pembinaan administrasi dan memberikan pelayanan teknis administratif kepada Camat dan semua unsur perangkat kecamatan;',
    'Untuk melaksanakan tugas sebagaimana dimaksud, Sekretaris mempunyai fungsi :',
    'a. Pengoordinasian perencanaan dan pelaksanaan program kerja Kecamatan;',
    'b. Pengelolaan administrasi umum dan perkantoran meliputi ketatausahaan, ketatalaksanaan, kepegawaian, keputakaan dan kearsipan, penyediaan sarana dan prasarana kerja serta rumah tangga Kecamatan;',
    'c. Pelaksanaan pembinaan pola hubungan kerja, baik internal maupun lintas Kecamatan;',
    'd. Pengoordinasian kegiatan kehumasan dan keprotokolan serta pengelolaan data dan informasi Kecamatan;',
    'e. Pengoordinasian pelaksanaan analisis jabatan, analisis beban kerja dan standar kompetensi jabatan pada Kecamatan;',
    'f. Pelaksanaan pengelolaan keuangan dan barang milik daerah pada Kecamatan;',
    'g. Pelaksanaan Akuntabilitas Kinerja Kecamatan;',
    'h. Pengoordinasian pelaksanaan pemungutan atas Pajak Bumi dan Bangunan (PBB) dan/atau retribusi daerah di wilayah kerja kecamatan serta pelaksanaan terhadap petugas pemungut pajak di kecamatan dan kelurahan sesuai dengan ketentuan peraturan perundang-undangan yang berlaku;',
    'i. Pelaksanaan monitoring, evaluasi dan pelaporan program kerja Kecamatan; dan j. Pelaksanaan fungsi dinas lain yang diberikan oleh Camat sesuai dengan ketentuan peraturan perundang-undangan.',
    'Sekretaris, membawahi :',
    'Sub Bagian Tata Usaha, mempunyai tugas :',
    'a. Menghimpun dan menelaah peraturan perundang-undangan, petunjuk teknis, petunjuk pelaksanaan dan pedoman/ketentuan lain berkaitan dengan Subbagian Tata Usaha;',
    'b. Menyusun rencana program dan kegiatan serta pelaksanaan pada Subbagian Tata Usaha;',
    'c. Membagi tugas, memberi petunjuk dan mengevaluasi hasil kerja bawahan dalam pelaksanaan tugas;',
    'd. Melaksanakan administrasi umum meliputi ketatausahaan, ketatalaksanaan, kepegawaian, kepastakaan dan tata kearsipan Kecamatan;',
    'e. Mengoordinasikan penyusunan analisis jabatan, analisis beban kerja dan standar kompetensi jabatan pada Kecamatan;',
    'f. Melaksanakan koordinasi dan penyusunan Standar Pelayanan Publik (SPP);',
    'g. Melaksanakan fasilitasi pengukuran Survey Kepuasan Masyarakat (SKM);',
    'h. Melaksanakan koordinasi dalam penyusunan Standar Operasional Prosedur kerja Kecamatan;',
    'i. Melaksanakan kegiatan kehumasan dan keprotokolan serta pelayanan penerimaan tamu Kecamatan;',
    'j. Melaksanakan pengurusan perjalanan dinas, kebersihan kantor, serta pelayanan kerumahtanggaan lainnya;',
    'k. Penyusunan dan penyampaian laporan penyelenggaraan pemerintah daerah;',
    'l. Melaksanakan pemungutan, penyetoran dan pelaporan atas Pajak Bumi dan Bangunan (PBB) di wilayah kerja kecamatan serta pelaksanaan pembinaan terhadap petugas pemungut pajak di kecamatan dan kelurahan sesuai dengan ketentuan peraturan perundang-undangan yang berlaku;',
    'm. Melaksanakan pemantauan dan pengevaluasian pelaksanaan program dan kegiatan Subbagian Tata Usaha;',
    'n. Menyusun laporan pelaksanaan program dan kegiatan serta realisasi anggaran Subbagian Tata Usaha; dan o. Melaksanakan tugas dinas lain yang diberikan oleh Sekretaris Kecamatan sesuai dengan ketentuan peraturan perundang-undangan.',
    'Sub Bagian Program dan Keuangan, mempunyai tugas :',
    'a. Menghimpun dan menelaah peraturan perundang-undangan, petunjuk teknis, petunjuk pelaksanaan dan pedoman/ketentuan lain berkaitan dengan Subbagian Program dan Keuangan;',
    'b. Menyusun rencana program dan kegiatan serta pelaksanaan pada Subbagian Program dan Keuangan;',
    'c. Membagi tugas, memberi petunjuk dan mengevaluasi hasil kerja bawahan dalam pelaksanaan tugas;',
    'd. Mengoordinasikan penyusunan perencanaan program dan kegiatan Kecamatan;',
    'e. Pengadministrasian penerimaan dan penyetoran retribusi dan/atau lain-lain pendapatan yang sah;',
    'f. Melaksanakan Akuntabilitas Kinerja Kecamatan;',
    'g. Melaksanakan monitoring, evaluasi, pengendalian dan pelaporan pelaksanaan program dan kegiatan Kecamatan;',
    'h. Melaksanakan pengajuan, perubahan, pemotongan, dan pendistribusian gaji pegawai;',
    'i. Mengoordinasikan pelaksanaan tugas satuan pengelola keuangan dan barang milik daerah pada Kecamatan;',
    'j. Pelaksanaan penyelesaian terhadap hasil pemeriksaan Aparat Pengawasan Intern Pemerintah (APIP);',
    'k. Melaksanakan monitoring, evaluasi, pengendalian dan pelaporan realisasi anggaran Kecamatan;',
    'l. Menyusun laporan pertanggungjawaban atas pelaksanaan pengelolaan keuangan Kecamatan;',
    'm. Melaksanakan pemantauan dan pengevaluasian pelaksanaan program dan kegiatan Subbagian Program dan Keuangan;',
    'n. Menyusun laporan pelaksanaan program dan kegiatan serta realisasi anggaran Subbagian Program dan Keuangan; dan o. Melaksanakan tugas dinas lain yang diberikan oleh Sekretaris Kecamatan sesuai dengan ketentuan peraturan perundang-undangan.',
    '1. Seksi Pemerintahan, mempunyai tugas :',
    'a. Menghimpun dan menelaah peraturan perundang-undangan, petunjuk teknis, petunjuk pelaksanaan dan pedoman/ketentuan lain berkaitan dengan Seksi Pemerintahan;',
    'b. Menyusun rencana program dan kegiatan serta pelaksanaan pada Seksi Pemerintahan;',
    'c. Membagi tugas, memberi petunjuk dan mengevaluasi hasil kerja bawahan dalam pelaksanaan tugas;',
    'd. Menyiapkan bahan perumusan kebijakan berkaitan dengan Seksi Pemerintahan;',
    'e. Menyiapkan bahan koordinasi dengan instansi terkait dalam pelaksanaan program dan kegiatan Seksi Pemerintahan;',
    'f. Menghimpun, mendokumentasikan dan menyajikan data informasi yang berkaitan dengan penyelenggaraan pelayanan publik, program dan kegiatan pada website serta penyiapan bahan rapat Kecamatan;',
    'g. Melaksanakan pembinaan, sosialisasi, monitoring dan evaluasi tertib administrasi pemerintahan kelurahan dan RT/RW;',
    'h. Melaksanakan kegiatan dalam upaya pencapaian target Indikator Kinerja Utama (IKU) kecamatan;',
    'i. Melaksanakan pemantauan dan pengevaluasian pelaksanaan program dan kegiatan Seksi Pemerintahan;',
    'j. Menyusun laporan pelaksanaan program dan kegiatan serta realisasi anggaran Seksi Pemerintahan; dan k. Melaksanakan tugas dinas lain yang diberikan oleh Camat sesuai dengan ketentuan peraturan perundang-undangan.',
    '2. Seksi Pelayanan, mempunyai tugas :',
    'a. Menghimpun dan menelaah peraturan perundang-undangan, petunjuk teknis, petunjuk pelaksanaan dan pedoman/ketentuan lain berkaitan dengan Seksi Pelayanan;',
    'b. Menyusun rencana program dan kegiatan serta pelaksanaan pada Seksi Pelayanan;',
    'c. Membagi tugas, memberi petunjuk dan mengevaluasi hasil kerja bawahan dalam pelaksanaan tugas;',
    'd. Menyiapkan bahan perumusan kebijakan berkaitan dengan Seksi Pelayanan;',
    'e. Menyiapkan bahan koordinasi dengan instansi terkait dalam pelaksanaan program dan kegiatan Seksi Pelayanan;',
    'f. Melaksanakan pelayanan masyarakat yang menjadi ruang lingkup tugasnya dan/atau yang belum dapat dilaksanakan pemerintahan kelurahan;',
    'g. Melaksanakan pelayanan administrasi terpadu kecamatan;',
    'h. Melaksanakan pembinaan, sosialisasi, monitoring dan evaluasi terhadap pelaksanaan pelayanan kepada masyarakat di kecamatan dan kelurahan;',
    'i. Melaksanakan pemantauan dan pengevaluasian pelaksanaan program dan kegiatan Seksi Pelayanan;',
    'j. Menyusun laporan pelaksanaan program dan kegiatan serta realisasi anggaran Seksi Pelayanan; dan k. Melaksanakan tugas dinas lain yang diberikan oleh Camat sesuai dengan ketentuan peraturan perundang-undangan.',
    '3. Seksi Pemberdayaan Masyarakat , mempunyai tugas :',
    'a. Menghimpun dan menelaah peraturan perundang-undangan, petunjuk teknis, petunjuk pelaksanaan dan pedoman/ketentuan lain berkaitan dengan Seksi Pemberdayaan Masyarakat;',
    'b. Menyusun rencana program dan kegiatan serta pelaksanaan pada Seksi Pemberdayaan Masyarakat;',
    'c. Membagi tugas, memberi petunjuk dan mengevaluasi hasil kerja bawahan dalam pelaksanaan tugas;',
    'd. Menyiapkan bahan perumusan kebijakan berkaitan dengan Seksi Pemberdayaan Masyarakat;',
    'e. Menyiapkan bahan koordinasi dengan instansi terkait dalam pelaksanaan program dan kegiatan Seksi Pemberdayaan Masyarakat;',
    'f. Melaksanakan fasilitasi dan pembinaan di bidang pemberdayaan masyarakat meliputi Usaha Mikro Kecil & Menengah (UMKM), Lembaga Pemberdayaan Masyarakat (LPM), keagamaan, sosial, kesejahteraan ibu dan anak, kesenian rakyat, kepemudaan dan olahraga, kesehatan dan kebersihan lingkungan di tingkat kecamatan dan kelurahan;',
    'g. Melaksanakan Musyawarah Perencanaan Pembangunan (MUSRENBANG);',
    'h. Melaksanakan fasilitasi dan pembangunan serta pemeliharaan prasarana dan fasilitas pelayanan umum di tingkat kecamatan (sesuai dengan pelimpahan kewenangan);',
    'i. Melaksanakan fasilitasi pelaksanaan perlombaan kelurahan di tingkat Kecamatan;',
    'j. melaksanakan pemantauan dan pengevaluasian pelaksanaan program dan kegiatan Seksi Pemberdayaan Masyarakat;',
    'k. menyusun laporan pelaksanaan program dan kegiatan serta realisasi anggaran Seksi Pemberdayaan Masyarakat; dan l. melaksanakan tugas dinas lain yang diberikan oleh Camat sesuai dengan ketentuan peraturan perundang-undangan',
    '4. Seksi Ketentraman dan Ketertiban, mempunyai tugas :',
    'a. menghimpun dan menelaah peraturan perundang-undangan, petunjuk teknis, petunjuk pelaksanaan dan pedoman/ketentuan lain berkaitan dengan Seksi Ketentraman dan Ketertiban;',
    'b. menyusun rencana program dan kegiatan serta pelaksanaan pada Seksi Ketentraman dan Ketertiban;',
    'c. membagi tugas, memberi petunjuk dan mengevaluasi hasil kerja bawahan dalam pelaksanaan tugas;',
    'd. menyiapkan bahan perumusan kebijakan berkaitan dengan Seksi Ketentraman dan Ketertiban;',
    'e. menyiapkan bahan koordinasi dengan instansi terkait dalam pelaksanaan program dan kegiatan Seksi Ketentraman dan Ketertiban;',
    'f. Melaksanakan fasilitasi dan pembinaan bagi Satuan Perlindungan Masyarakat (SATLINMAS) Kelurahan;',
    'g. melaksanakan dan koordinasi dalam penertiban dan penegakan Peraturan Daerah, Peraturan Walikota dan peraturan perundang-undangan yang berlaku;',
    'h. melaksanakan fasilitasi peningkatan dan koordinasi dengan instansi dan atau lembaga terkait penyelenggaraan ketentraman dan ketertiban, ideologi, wawasan kebangsaan, kewaspadaan dini, pembauran dan ketahanan bangsa, penerapan dan penegakan Peraturan Daerah/Peraturan Walikota;',
    'i. melaksanakan pengamanan dalam rangka pencegahan timbulnya gangguan ketentraman dan ketertiban, termasuk lingkungan kantor;',
    'j. Melaksanakan fasilitasi dan penyelesaian perselisihan/konflik di masyarakat/kelurahan;',
    'k. melaksanakan pemantauan dan pengevaluasian pelaksanaan program dan kegiatan Seksi Ketentraman dan Ketertiban;',
    'l. Menyusun laporan pelaksanaan program dan kegiatan serta realisasi anggaran Seksi Ketentraman dan Ketertiban; dan m. melaksanakan tugas dinas lain yang diberikan oleh Camat sesuai dengan ketentuan peraturan perundang-undangan.',
])

_KEWENANGAN_PENGANTAR = "\n".join([
    'Berpedoman pada Undang Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, sebagaimana telah diubah beberapa kali, terakhir dengan Undang Undang Nomor 9 Tahun 2015, tentang 3 asas dalam penyelenggaraan pemerintah yaitu Desentralisasi, Dekonsentrasi dan Tugas Pembantuan. Ketiga asas tersebut merupakan landasan Pemerintah Kota Probolinggo untuk mengoptimalkan peran dan hakekat Aparatur Sipil Negara dalam menjalankan tugas dan fungsi dengan mengacu pada 3 urusan, yakni menjalankan sebagian urusan penyelenggaraan pemerintahan, pelaksanaan pembangunan dan pembinaan masyarakat.',
    'Sedangkan pembagian kewenangan Urusan Wajib sebagaimana diatur Peraturan Pemerintah Nomor 38 Tahun 2007 tentang Pembagian Wewenang antara Pemerintah, Pemerintah Provinsi dan Pemerintahan Daerah, maka agar Otonomi Daerah dapat berjalan sinergis dan efektif utamanya berorientasi pada aspek pelayanan publik maka telah ditempuh beberapa langkah penting antara lain:',
    'a. Menerapkan Peraturan Pemerintah Nomor 38 Tahun 2007 melalui Pembentukan Kelembagaan Daerah dengan mengacu pada Peraturan Pemerintah Nomor 18 Tahun 2016 tentang regulasi perundangan yang terkait yang mendukung kebutuhan dan kemampuan keuangan daerah.',
    'b. Mengidentifikasi beberapa kewenangan yang dilimpahkan kepada daerah melalui kajian yang bermuara pada aspek efektivitas dan efisiensi, sejauh mana ketepatan penanganannya, apakah tetap dilakukan oleh Organisasi Perangkat Daerah (OPD) di lingkungan Pemerintah Kabupaten/Kota, dilimpahkan dari Pemerintah Daerah kepada Kecamatan atau bahkan kepada Kelurahan.',
    'Salah satu hal positif dan konkrit dari pelimpahan kewenangan Pemerintah Daerah kepada Camat adalah mendekatkan pelayanan publik langsung kepada masyarakat dengan sistem Satu Atap. Selanjutnya standar pelayanan minimal dilakukan berdasarkan Standart Operating Procedure (SOP) dengan mengedepankan asas kemudahan dan kecepatan sehingga masyarakat dapat memperoleh produk pelayanan dengan mudah dan cepat. Namun demikian persyaratan yang dipenuhi pemohon harus benar dan lengkap serta dapat dipertanggung jawabkan.',
    'Seiring dengan proses kajian yang dilakukan oleh pejabat dan instansi terkait di lingkungan Pemerintah Kota Probolinggo, maka pada tahun 2007 telah diterbitkan Peraturan Walikota Nomor 34 Tahun 2007 tentang Pelimpahan Sebagian Kewenangan Walikota kepada Camat. Selanjutnya, dalam perkembangannya telah diterbitkan Peraturan Walikota Nomor 3 Tahun 2014 tentang Perubahan Ketiga atas Peraturan Walikota Probolinggo Nomor 34 Tahun 2007 tentang Pelimpahan Sebagian Kewenangan Walikota Kepada Camat yang merupakan penyempurnaan pelimpahan kewenangan demi peningkatan pelayanan sektor publik pada wilayah kecamatan.',
    'Adapun bidang-bidang yang menjadi Pelimpahan Kewenangan Walikota kepada Camat berikut capaian pelaksanaannya dapat dilihat pada tabel berikut.',
])

_PERMASALAHAN = "\n".join([
    'Uraian Tugas dan Fungsi Kecamatan Wonoasih sebagaimana diatur dalam Peraturan Walikota Probolinggo Nomor 104 Tahun 2016, maka Kecamatan Wonoasih mempunyai tugas dan fungsi membantu Walikota dalam penyelenggaraan pemerintahan. Namun dalam pelaksanaan dari tugas dan fungsi tidak terlepas dari permasalahan-permasalahan, antara lain sebagai berikut :',
    '1. Tingkat pertumbuhan ekonomi di wilayah Kecamatan Wonoasih masih kurang bagus secara optimal. Hal ini disebabkan karena masih banyaknya pelaku usaha yang tergolong keterbatasan modal sehingga belum bisa mandiri secara finansial dan kreatifitas, jadi masih sangat perlu dorongan dorongan dari pemerintah khususnya terkait permodalan dan pelatihan.',
    '2. Jumlah Warga miskin di Kecamatan Wonoasih belum memperlihatkan pengurangan yang berarti. Hal ini di sebabkan oleh beberapa faktor di antaranya belum adanya kemandirian dan jiwa kewirausahaan dari warga penerima bantuan sehingga barang-barang bantuan yang diterima kurang optimal dimanfaatkan dengan baik atau bahkan tidak sesuai dengan kebutuhan sehingga pendapatan mereka hanya cukup untuk memenuhi kebutuhan pokok saja.',
    '3. Sebagaimana permasalahan lingkungan pada umumnya, sampah merupakan permasalahan lingkungan yang sangat penting. Sampah yang bila tidak tertangani dengan baik akan mendatangkan banyak permasalahan lingkungan, mulai dari mengganggu pemandangan, menimbulkan bau yang tidak sedap bahkan menjadi sumber penyakit. Meskipun hingga saat ini jumlah sampah yang ada di Kota Probolinggo masih dapat tertangani dengan baik, namun untuk masa mendatang jumlah sampah yang dibuang ke TPA tidak dapat diatasi dikarenakan keterbatasan lahan, maka dari itu diperlukan upaya antisipasi dan mengedepankan upaya pengelolaan sampah mandiri dengan 4R (Replace, Reuse, Reduce dan Recycle) di masing-masing wilayah kecamatan dan kami sangat berharap pelayanan persampahan belum seluruhnya menjangkau wilayah Kecamatan Wonoasih,',
])

_ASPEK_STRATEGIS = "\n".join([
    'Pemerintah Kota Probolinggo telah menetapkan dokumen Rencana Pembangunan Jangka Panjang Daerah (RPJPD) tahun 2005-2025 serta dokumen Rencana Pembangunan Jangka Menengah Daerah (RPJMD) tahun 2019-2024 yang menjadi acuan bagi SKPD-SKPD di lingkungan Pemerintah Kota Probolinggo dalam penyusunan Rencana Strategis (RENSTRA) sebagai pedoman pelaksanaan tugas pokok dan fungsi selama lima tahun kedepan.',
    'Penyusunan Rencana Strategis Kecamatan Wonoasih Kota Probolinggo 2019-2024 merupakan penjabaran visi, misi, sasaran, tujuan, strategi, kebijakan serta program kegiatan dan perkiraan kebutuhan pendanaan Dinas selama periode 5 tahun kedepan (2019-2024) yang telah mengacu pada Rencana Pembangunan Jangka Panjang Daerah (RPJPD), Rencana Pembangunan Jangka Menengah Daerah (RPJMD), Visi dan Misi serta agenda pembangunan Walikota dalam penyelenggaraan pembangunan di Kota Probolinggo.',
])

_VISI_MISI = "\n".join([
    'Setiap Rencana Strategis (Renstra) harus berpedoman pada visi dan misi Kota Probolinggo agar dalam pencapaian tujuan pembangunan terdapat sinkronisasi. Visi Pembangunan Kota Probolinggo Tahun 2019 – 2024 yaitu :',
    '“Membangun Bersama Rakyat untuk Kota Probolinggo Lebih Baik, Berkeadilan, Sejahtera, Transparan, Aman, dan Berkelanjutan”',
    'Makna yang terkandung dalam visi tersebut dapat dijabarkan sebagai berikut :',
    'Membangun Bersama Rakyat untuk Kota Probolinggo Lebih Baik : Penekanan “Bersama Rakyat” yang ditaruh diawal Visi adalah bahwa pembangunan Kota Probolinggo Tahun 2019-2024 menjadikan partisipasi masyarakat sebagai garda depan pembangunan Kota Probolinggo. Sedangkan “Lebih Baik” dipersepsikan bahwa Visi Kota Probolinggo tahun 2019-2024 merupakan tongkat estafet pembangunan Kota Probolinggo yang tertuang dalam RPJPD Kota Probolinggo Periode ke 4. Untuk itu pembangunan Kota Probolinggo tahun 2019-2024 tidak dapat mengabaikan pembangunan yang telah dilakukan. Menjadikan baik yang belum baik dan menjadikan lebih baik yang sudah baik.',
    'Berkeadilan : Cita-cita menjadikan Kota Probolinggo yang “Berkeadilan” memiliki maksud adalah menciptakan kondisi dimana pembangunan dapat dirasakan oleh seluruh lapisan masyarakat Kota Probolinggo. Berkeadilan yang dimaksud seluruh kalangan masyarakat baik perbedaan gender, suku, agama, ras, dan seluruh lapisan sosial masyarakat memiliki hak yang sama dalam memperoleh pelayanan.',
    'Sejahtera : Cita-cita menjadikan Kota Probolinggo yang “Sejahtera” dapat direpresentasikan dari sebuah kondisi dimana masyarakat Kota Probolinggo memperoleh kehidupan yang layak. Sejahtera kuat kaitanya dengan kondisi dimana turunnya tingkat kemiskinan dan pengangguran, hingga terjangkaunya akses terhadap kebutuhan pokok dan layanan dasar di Kota Probolinggo.',
    'Transparan : Cita-cita menjadikan Kota Probolinggo yang “Transparan” dapat direpresentasikan dari sebuah kondisi dimana masyarakat Kota Probolinggo dapat mengawasi langsung kinerja Pemerintah Daerah Kota Probolinggo. Transparan berpegang teguh terhadap keterbukaan informasi publik, sehingga pemerintah dan masyarakat bersama-sama mengawal kinerja Pembangunan Kota Probolinggo.',
    'Aman : Cita-cita menjadikan Kota Probolinggo yang “Aman” dapat direpresentasikan dari sebuah kondisi dimana masyarakat Kota Probolinggo dapat merasa aman dan nyaman untuk tinggal di Kota Probolinggo. Rasa Aman merupakan salah satu modal Kota Probolinggo sebagai Kota Jasa dan Kota Perdagangan, yang mana investor akan menanamkan investasinya disaat kondusifitas Kota Probolinggo yang aman tercipta',
    'Berkelanjutan : Cita-cita menjadikan pembangunan Kota Probolinggo yang “Berkelanjutan” dapat direpresentasikan dengan orientasi pembangunan yang dilakukan oleh pemerintah Kota Probolinggo tidak hanya berorientasi terhadap kebutuhan masyarakat hari ini. Namun juga dengan teguh menjunjung tinggi konsep sustainable development. Dimana apa yang kita bangun saat ini dapat dirasakan hingga anak cucu kita kelak',
    'Dalam rangka pencapaian Visi Pembangunan Kota Probolinggo Tahun 2019 – 2024, maka ditetapkan misi yang berfungsi sebagai upaya untuk mewujudkan visi, yaitu:',
    'Misi I : Pembangunan Ekonomi yang Berdaya Saing Berbasis Sektor Potensial',
    'Misi ke I Kota Probolinggo terfokus terhadap pembangunan ekonomi dengan kekuatan sektor potensial atau sektor unggulan Kota Probolinggo. Representasi terhadap pembangunan ekonomi yang tercapai adalah laju pertumbuhan Kota Probolinggo yang dinamis, yang bertumpu terhadap investasi daerah, sektor perdagangan, dan perindustrian',
    'Misi II : Sumberdaya manusia dan Kesejahteraan Sosial yang berkualitas',
    'Salah satu tujuan terpenting pembangunan dapat direpresentasikan melalui sejahteranya masyarakat Kota Probolinggo, baik sejahtera dalam pembangunan manusianya yang direpresentasikan melalui Indeks Pembangunan Manusia, maupun sejahtera dalam konteks berkurangnya kemiskinan yang direpresentasikan oleh persentase penduduk miskin.',
    'Misi III : Infrastruktur dan Lingkungan Hidup yang Berkelanjutan',
    'Misi Ke III Kota Probolinggo adalah terfokus terhadap pembangunan infrastruktur yang tidak hanya terfokus terhadap pembangunan Kota Probolinggo dari segi ekonomi, namun juga keseimbangan dan kesinambungan lingkungan hidup. Representasi dari ketercapaian misi ini adalah melalui indeks infrastruktur dan indeks lingkungan hidup.',
    'Misi IV : Tatakelola Pemerintahan dan Pelayanan Publik yang Baik',
    'Misi Ke IV Kota Probolinggo fokus terhadap tata kelola pemerintah yang professional. Hal yang tak kalah pentingnya dari pencapaian 3 misi sebelumnya, profesionalitas dan kualitas kinerja pemerintahan merupakan salah satu faktor penentu tercapainya pembangunan di Kota Probolinggo. Dengan support system yang baik, tentunya memberikan dampak terhadap kinerja pemerintah dalam membangun Kota Probolinggo. Representasi dari pembangunan tatakelola pemerintah yakni adalah skor indeks reformasi birokrasi, dengan dibentuk melali sistem akuntabilitas yang baik dan kualitas penyelenggaraan pelayanan publik yang prima.',
])

_ASPEK_STRATEGIS_PENUTUP = "\n".join([
    'Menelaah paparan visi, misi, sasaran dan program Walikota dan Wakil Walikota Terpilih yang diuraikan tersebut diatas, Kecamatan Wonoasih Kota Probolinggo sesuai tugas pokoknya yaitu Fungsi Koordinasi dan Urusan Wajib Non Pelayanan Dasar.',
    'Melaksanakan dan mengkoordinasikan penyelenggaraan tugas umum pemerintahan serta melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Walikota. Kecamatan Wonoasih memiliki keterkaitan dua misi Pemerintah Kota Probolinggo :',
    'a. Urusan Wajib Non Pelayanan Dasar (Pemberdayaan Masyarakat) yaitu pada Misi ke II (Dua) yaitu Sumberdaya Manusia Dan Kesejahteraan Sosial Yang Berkualitas;',
    'b. Urusan Fungsi Koordinasi yaitu pada misi Ke IV (empat) yaitu Tatakelola Pemerintahan Dan Pelayanan Publik Yang Baik.',
    'Dari uraian gambaran sasaran misi kepala daerah dan permasalahan yang ada di lingkungan Kecamatan Wonoasih maka ditentukan isu-isu strategis sebagai berikut :',
    '1. Optimalisasi partisipasi masyarakat dan kalangan dunia usaha di wilayah. Kecamatan harus terus memacu partisipasi masyarakat dan kalangan dunia usaha dalam penyelenggaraan pembangunan, terlebih pada pembangunan peningkatan infrastruktur wilayah guna mendorong pertumbuhan ekonomi masyarakat. Terlebih dengan adanya kewajiban pengusaha untuk sungguh-sungguh memperhatikan Company/Cooperate Sosial Resposipility (CSR), maka kecamatan harus benar-benar memanfaatkan peluang tersebut untuk upaya peningkatan kesejahteraan masyarakat;',
    '2. Pelayanan Prima. Kecamatan sebagai salah satu SKPD di Pemerintah Kota Probolinggo yang menyelenggarakan pelayanan publik, maka harus benar-benar mampu memberikan pelayanan secara prima kepada masyarakat yaitu pelayanan cepat, akurat, memiliki legalitas hukum dan tentunya dengan tetap mendasarkan pada prosedur serta pada tatanan atau aturan yang berlaku, seiring dengan program pemerintah mengenai Probolinggo Smart Digital Melayani Masyarakat (PORTAL EMAS). Dalam penyelenggaraan pelayanan prima tersebut maka diperlukan Standar Pelayanan yang secara normatif harus dikomunikasikan dengan masyarakat. Harapannya dengan pelayanan prima akan memunculkan kembalikepercayaan masyarakat kepada pemerintah, menciptakan kepuasan dan padaakhirnya mampu mendorong berkembangnya dinamikan aktivitas masyarakat;',
])

_KEL6 = ["WON", "J.KIDUL", "PAKISTAJI", "K.GALENG", "K.ASEM", "S.TAMAN"]

_TABEL_1_1 = {
    "judul": "Luas dan Jarak Kelurahan ke Kecamatan Wonoasih",
    "kolom": ["KELURAHAN", "LUAS PER KELURAHAN (KM²)", "JARAK KE KEC (KM)"],
    "baris": [["WONOASIH", "0,843", "0,7"], ["JREBENG KIDUL", "1,970", "0,2"], ["PAKISTAJI", "1,855", "1"],
              ["KEDUNG GALENG", "1,298", "1,5"], ["KEDUNG ASEM", "3,145", "5"], ["SUMBER TAMAN", "1,870", "6,5"]],
    "dijumlah": [1], "sumber": "Kecamatan Wonoasih Dalam Angka 2024",
}
_TABEL_1_2 = {
    "judul": "Jumlah Penduduk Tahun 2024 (s/d Bulan Desember)",
    "kolom": ["KELURAHAN", "L", "P"], "jumlah_kanan": "JUMLAH",
    "baris": [["Wonoasih", "1.889", "1.874"], ["Jrebeng Kidul", "2.312", "2.523"], ["Pakistaji", "2.666", "2.629"],
              ["Kedung Galeng", "1.300", "1.326"], ["Kedung Asem", "3.429", "3.424"],
              ["Sumber Taman", "4.604", "4.611"]],
    "dijumlah": [1, 2], "sumber": "Profil Kecamatan Wonoasih Tahun 2024",
}
_TABEL_1_3 = {
    "judul": "Jumlah Penduduk menurut Kelompok Agama",
    "kolom": ["KELURAHAN", "ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDHA", "KONGHUCU", "KEPERCAYAAN"],
    "baris": [["WONOASIH", "3.968", "14", "9", "-", "6", "-", "-"],
              ["JREBENG KIDUL", "5.268", "13", "5", "-", "-", "-", "-"],
              ["PAKISTAJI", "5.266", "1", "5", "-", "-", "-", "-"],
              ["KEDUNG GALENG", "2.877", "-", "-", "-", "-", "-", "-"],
              ["KEDUNG ASEM", "7.664", "4", "-", "-", "4", "-", "-"],
              ["SUMBER TAMAN", "10.077", "138", "88", "2", "5", "-", "-"]],
    "dijumlah": [1, 2, 3, 4, 5, 6, 7],
}
_TABEL_1_4 = {
    "judul": "Jumlah Penduduk menurut Jenis Pekerjaan",
    "kolom": ["JENIS PEKERJAAN", *_KEL6], "jumlah_kanan": "JUMLAH",
    "baris": [
        ["PNS/ABRI", "96", "249", "21", "13", "57", "1.189"],
        ["Wiraswasta", "394", "260", "1.100", "215", "498", "455"],
        ["Tani", "115", "225", "300", "206", "1.223", "785"],
        ["Pertukangan", "48", "55", "42", "25", "368", "155"],
        ["Buruh tani", "112", "228", "747", "186", "2.644", "1.225"],
        ["Pensiunan", "32", "35", "22", "4", "102", "181"],
        ["Nelayan", "1", "10", "9", "0", "8", "-"],
        ["Buruh pabrik", "371", "167", "87", "25", "300", "1.435"],
        ["Sopir", "5", "21", "30", "17", "61", "113"],
        ["Montir/bengkel", "5", "10", "23", "2", "12", "127"],
        ["Tukang becak", "60", "160", "100", "12", "130", "192"],
        ["Konfeksi", "5", "6", "15", "9", "18", "475"],
        ["Jasa", "60", "40", "59", "125", "485", "293"],
        ["Pengangguran", "40", "120", "300", "92", "1.050", "102"],
        ["Lain-lain", "132", "86", "250", "325", "-", "-"],
    ],
    "dijumlah": [1, 2, 3, 4, 5, 6],
}
_TABEL_1_5 = {
    "judul": "Data Prasarana Pendidikan di Kecamatan Wonoasih",
    "kolom": ["URAIAN", "JUMLAH LEMBAGA", "JUMLAH GURU", "JUMLAH SISWA"],
    "baris": [["TK", "12", "44", "531"], ["RA", "6", "25", "150"], ["SD", "12", "127", "2.255"],
              ["MI", "4", "515", "51"], ["SLTP", "2", "46", "662"], ["MTs", "3", "59", "538"],
              ["SLTA", "1", "23", "795"], ["MA", "1", "78", "479"]],
    "dijumlah": [1, 2, 3], "sumber": "Kecamatan Wonoasih Dalam Angka 2024",
}
_TABEL_1_6 = {
    "judul": "Jumlah Penduduk menurut Jenis Pendidikan",
    "kolom": ["PENDIDIKAN", *_KEL6], "jumlah_kanan": "JUMLAH",
    "baris": [
        ["SD / MI", "1.329", "1.894", "1.917", "1.238", "3.005", "2.198"],
        ["SMP / Sederajat", "426", "673", "624", "342", "970", "1.482"],
        ["SMA / Sederajat", "682", "816", "823", "291", "1.260", "2.524"],
        ["Diploma", "58", "35", "33", "11", "40", "231"],
        ["S.1", "32", "131", "153", "16", "189", "783"],
        ["S.2", "12", "11", "8", "1", "5", "91"],
        ["Putus Sekolah", "291", "417", "426", "202", "562", "860"],
        ["Buta Huruf", "118", "-", "515", "238", "10", "5"],
        ["Pendidikan Khusus", "-", "120", "1", "-", "-", "-"],
        ["Pendidikan Umum", "-", "2.214", "-", "-", "-", "-"],
    ],
    "dijumlah": [1, 2, 3, 4, 5, 6],
}
_TABEL_1_7 = {
    "judul": "Jumlah Tempat Ibadah di Kecamatan Wonoasih",
    "kolom": ["KELURAHAN", "JUMLAH", "KETERANGAN"],
    "baris": [["WONOASIH", "31", "Masjid : 7, Mushollah : 22"], ["JREBENG KIDUL", "34", "Masjid : 6, Mushollah : 15"],
              ["PAKISTAJI", "41", "Masjid : 8, Mushollah : 25"], ["KEDUNGGALENG", "25", "Masjid : 25, Mushollah : 26"],
              ["KEDUNGASEM", "38", "Masjid : 4, Mushollah : 34"], ["SUMBER TAMAN", "30", "Masjid : 5, Mushollah : 25"]],
    "dijumlah": [1], "sumber": "Profil Kecamatan Wonoasih 2024",
}
_TABEL_1_8 = {
    "judul": "Fasilitas Kesehatan",
    "kolom": ["SARANA KESEHATAN", "JUMLAH", "KETERANGAN"],
    "baris": [["PUSKESMAS", "1", ""], ["PUSKESMAS PEMBANTU", "3", ""], ["POLINDES", "-", ""], ["POSYANDU", "34", ""]],
    "dijumlah": [1], "jumlah_bawah": False, "sumber": "Kecamatan Wonoasih Dalam Angka 2024",
}
_KETERKAITAN = {
    "judul": "Keterkaitan Visi, Misi, Tujuan dan Sasaran Pembangunan Kota Probolinggo Tahun 2019 – 2024",
    "kolom": ["MISI KOTA", "TUJUAN PERANGKAT DAERAH", "SASARAN PERANGKAT DAERAH", "ISU STRATEGIS PERANGKAT DAERAH"],
    "bernomor": False,
    "baris": [
        ["Misi II : Sumberdaya manusia dan Kesejahteraan Sosial yang berkualitas",
         "Meningkatnya Cakupan Pemberdayaan Masyarakat Tingkat Kecamatan Wonoasih",
         "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan",
         "Peningkatan intensitas kegiatan yang berkenaan dengan pemberdayaan masyarakat misalnya fasilitasi "
         "peningkatan kemitraan bagi UMKM, Fasilitasi dan Sosialisasi Lomba Kelurahan. Peningkatan fasilitas "
         "Pengarustamaan Gender di Kecamatan maupun di Kelurahan terutama bagi penyandang disabilitas untuk "
         "mendapatkan pelayanan yang baik."],
        ["Misi IV : Tatakelola Pemerintahan dan Pelayanan Publik yang Baik",
         "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik di Kecamatan Wonoasih",
         "Meningkatkan Kualitas Pelayanan Publik di Kecamatan Wonoasih",
         "Pelaksanaan pelayanan yang terintegrasi dalam satu system informasi misalnya Paten dan Siakel sebagai "
         "wujud pelayanan masyarakat berbasis IT, disamping itu sosialisasi melalui social media."],
    ],
    "dijumlah": [],
}

_ISU = [
    ("Pemberdayaan Masyarakat dan Desa", "Belum optimalnya cakupan fasilitasi peningkatan kapasitas kelompok masyarakat",
     "Peningkatan daya saing tenaga kerja dan kualitas hubungan industrial"),
    ("Pemberdayaan Masyarakat dan Desa", "Belum optimalnya partisipasi aktif kelompok masyarakat dalam pembangunan",
     "Pemberdayaan masyarakat dan pembinaan PMKS sebagai upaya percepatan pengentasan kemiskinan"),
    ("Koordinasi Kewilayahan dan Pelayanan (Kecamatan)",
     "Belum optimalnya pelayanan publik di Kecamatan dan Kelurahan yang sesuai dengan standar pelayanan yang telah "
     "ditetapkan", "Penyederhanaan prosedur pelayanan publik yang efektif dan efisien"),
    ("Koordinasi Kewilayahan dan Pelayanan (Kecamatan)",
     "Belum optimalnya usaha pencegahan dan penanganan gangguan keamanan masyarakat", ""),
    ("Koordinasi Kewilayahan dan Pelayanan (Kecamatan)",
     "Belum efektifnya penyelenggaraan kegiatan pemerintahan Kelurahan dari aspek kapasitas SDM serta sarana dan "
     "prasarana pendukung", ""),
    ("", "Belum diterapkannya system pemerintahan berbasis digital teknologi atau yang sering disebut sebagai "
         "e-Governance sebagai salah satu solusinya melalui sarana teknologi informasi dan komunikasi",
     "Pemasangan internet di area Kecamatan yang dapat memudahkan / berinteraksi antara masyarakat dengan "
     "birokrasi, sehingga dapat menjadikan semakin cepat dan mudah dalam mengakses sebuah website resmi perangkat "
     "daerah"),
    ("", "Belum meningkatnya intensitas kegiatan yang berkenaan dengan pemberdayaan masyarakat misalnya fasilitasi "
         "peningkatan kemitraan bagi UMKM, Fasilitasi dan Sosialisasi Lomba Kelurahan.",
     "Peningkatan intensitas kegiatan yang berkenaan dengan pemberdayaan masyarakat misalnya fasilitasi "
     "peningkatan kemitraan bagi UMKM, Fasilitasi dan Sosialisasi Lomba Kelurahan."),
    ("", "Belum dilaksanakannya pelayanan yang terintegrasi dalam satu system informasi misalnya Paten dan Siakel "
         "sebagai wujud pelayanan masyarakat berbasis IT, disamping itu sosialisasi melalui social media.",
     "Telah dilaksanakannya pelayanan yang terintegrasi dalam satu system informasi misalnya Paten dan Siakel "
     "sebagai wujud pelayanan masyarakat berbasis IT, disamping itu sosialisasi melalui social media."),
    ("", "Kurangnya upaya melakukan sinergi dengan tim teknis pemerintah daerah dalam setiap kegiatan yang menjadi "
         "urusan teknis pemerintah daerah di Wilayah Kecamatan.",
     "Kecamatan telah berupaya melakukan sinergi dengan tim teknis pemerintah daerah dalam setiap kegiatan yang "
     "menjadi urusan teknis pemerintah daerah di Wilayah Kecamatan."),
    ("", "Kurangnya system keamanan terpadu di Kecamatan",
     "Dilaksanakannya kegiatan peningkatan system keamanan terpadu di Kecamatan."),
    ("", "Kurangnya fasilitas bagi penyandang disabilitas baik di Kecamatan maupun di Kelurahan",
     "Peningkatan fasilitas Pengarustamaan Gender di Kecamatan maupun di Kelurahan terutama bagi penyandang "
     "disabilitas untuk mendapatkan pelayanan yang baik."),
]

_PEM = "Bidang Pemerintahan"
_BANG = "Bidang Pembangunan"
_PMKS = "Bidang Pemberdayaan Masyarakat dan Kesejahteraan Sosial"
_ADM = "Bidang Pelayanan Administrasi Publik"
_PBB = "Kecamatan Sudah tidak Melaksanakan Pajak Bumi dan Bangunan (PBB)"
_NIHIL_PENCEMARAN = "Tidak ada pencemaran lingkungan di wilayah kecamatan"
# (bidang, subbidang, rincian, pelaksanaan 2023, pelaksanaan 2024)
_KEWENANGAN = [
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Penerbitan Keputusan Camat di lingkungan Kecamatan dan Kelurahan berdasarkan Perundang-undangan yang berlaku.",
     "8 Surat Keputusan", "20 Surat Keputusan"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Pengamanan terhadap pelaksanaan Peraturan Daerah dan Keputusan Kepala Daerah serta Peraturan Perundang-undangan "
     "yang berlaku di Wilayahnya.", "-", "-"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Pemberian pertimbangan cerai bagi perangkat Kecamatan dan Kelurahan",
     "Tidak ada pemberian pertimbangan cerai bagi perangkat Kecamatan dan Kelurahan",
     "1 Pemberian pertimbangan cerai bagi perangkat Kecamatan dan Kelurahan"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Pembuatan Surat Keputusan Hukum Disiplin Ringan (Teguran Lisan, Teguran Tertulis dan Pernyataan tidak Puas "
     "secara tertulis) terhadap perangkat Kecamatan dan Kelurahan.", "Disiplin Ringan 1 Orang", "Disiplin Sedang 2 Orang"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Memfasilitasi penyelesaian antar kelompok masyarakat dan sengketa yang terjadi di Kelurahan.",
     "2 Sengketa Tanah", "2 Sengketa Tanah pada Kelurahan Jrebeng Kidul dan Wonoasih"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Memfasilitasi Kegiatan yang berhubungan dengan pelaksanaan Pemilu diwilayahnya dan mengadakan koordinasi dengan "
     "penyelenggara Pemilu di Tingkat Kecamatan.", "1 Kegiatan PPK", "1 Kegiatan PPK"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Penyelenggaraan Lomba / Penilaian Kelurahan Tingkat Kecamatan", "2 Lomba Kesenian",
     "4 Kali Monitoring dan Evaluasi Lomba"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Pemberian dan penetapan cuti bagi staf di lingkungan Kecamatan dan Kelurahan",
     "Cuti Alasan Penting : 20 Orang; Cuti Sakit : 12 Orang; Cuti Besar : 5 Orang; Cuti Tahunan : 112 Orang",
     "Cuti Alasan Penting : 15 Orang; Cuti Sakit : 12 Orang; Cuti Besar : 0 Orang; Cuti Tahunan : 160 Orang"),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Pelaksanaan Pemungutan Pajak Bumi dan Bangunan (PBB) di Kecamatan dan Kelurahan : a. Pemungutan PBB dengan "
     "ketetapan di atas Rp. 2.000.000,- dilaksanakan oleh Kecamatan ; b. Pemungutan PBB dengan ketetapan di bawah "
     "Rp. 2.000.000,- dilaksanakan oleh Kelurahan ;", _PBB, _PBB),
    (_PEM, "Sub Bidang Hukum Perundang-undangan dan Politik Dalam Negeri",
     "Penyelenggaraan Koordinasi, pembinaan, pengawasan dan evaluasi pelaksanaan pemungutan Pajak Bumi dan Bangunan "
     "(PBB) sesuai dengan Kewenangan yang dilimpahkan", _PBB, _PBB),
    (_PEM, "Sub Bidang Pengembangan Kelembagaan Kemasyarakatan",
     "Memfasilitasi penyelenggaraan koordinasi dan monitoring kegiatan lembaga kemasyarakatan yang ada di tingkat "
     "Kecamatan", "7 Kegiatan", "7 Kegiatan"),
    (_PEM, "Sub Bidang Pengembangan Kelembagaan Kemasyarakatan",
     "Mendorong terciptanya pemberdayaan, pelestarian kesenian, pengembangan adat istiadat, organisasi profesi dan "
     "lembaga sosial kemasyarakatan.", "2 Kegiatan", "1 Kegiatan"),
    (_PEM, "Sub Bidang Keamanan dan Ketertiban",
     "Berperan aktif membantu pembinaan, pengawasan dan penertiban keberadaan PKL, Anjal, Gepeng, PSK/ Waria.",
     "1 PKL di Kuburan China Kelurahan Wonoasih",
     "10 kali melakukan pembinaan terhadap PKL Kuburan China Kelurahan Wonoasih, 4 kali melakukan pembinaan terhadap "
     "Gepeng di Kelurahan Pakistaji, Kedunggaleng dan Wonoasih"),
    (_PEM, "Sub Bidang Keamanan dan Ketertiban",
     "Pelaksanaan penanganan bencana rehabilitasi dan di Wilayah Kecamatan",
     "1 Kali Kebakaran di Kelurahan Pakistaji; 3 Kali Pohon Tumbang Kelurahan Wonoasih",
     "3 Kali Kebakaran di Kelurahan Kedunggaleng, Kedung Asem dan Sumber Taman; 5 Kali Pohon Tumbang Kelurahan "
     "Wonoasih, Jrebeng Kidul, Kedung Asem dan Pakistaji"),
    (_PEM, "Sub Bidang Keamanan dan Ketertiban", "Penyelenggaraan pengawasan dan pembinaan terhadap gerakan ekstrim.",
     "Tidak ada", "Tidak ada"),
    (_PEM, "Sub Bidang Keamanan dan Ketertiban", "Penyelenggaraan Ijin Rumah Pondokan di Wilayah Kecamatan Wonoasih",
     "Tidak ada", "Tidak ada"),
    (_BANG, "Sub Bidang Non Fisik",
     "Penyusunan perencanaan pembangunan Kecamatan dan Kelurahan yang berbasis peran serta masyarakat "
     "(Musrenbangcam dan Musrenbangkel).", "Dilaksanakan bulan Januari sampai dengan maret 2023",
     "7 Kegiatan pada Triwulan I"),
    (_BANG, "Sub Bidang Non Fisik",
     "Pengendalian, pengawasan dan pengevaluasian pelaksanaan pembangunan di tingkat Kecamatan dan Kelurahan.",
     "2 Kegiatan PJU dan RTLH", "2 Kegiatan PJU dan RTLH"),
    (_BANG, "Sub Bidang Non Fisik", "Merekomendasikan usulan permintaan bantuan pembangunan dari masyarakat / LSM.",
     "2 Usulan kepada Baznas dan Korpri", "2 Usulan kepada Baznas dan Korpri"),
    (_BANG, "Sub Bidang Fisik",
     "Pembinaan dan Pengawasan terhadap pelaksanaan pembangunan partisipasi di Kelurahan dan antar Kelurahan di "
     "Wilayah Kecamatan.", "8 Pembinaan", "6 Pembinaan"),
    (_BANG, "Sub Bidang Fisik",
     "Pelaksanaan pembangunan dan pemeliharaan taman kecil (<20 m²) yang berada di Wilayah Kecamatan",
     "Tidak ada pemeliharaan Taman", "6 Pemeliharaan Taman"),
    (_BANG, "Sub Bidang Fisik",
     "Pengadaan Sarana dan Prasarana kebersihan pada Lingkungan Kecamatan dan Kelurahan.",
     "Tidak ada Pengadaan Sarana dan Prasarana kebersihan pada Lingkungan Kecamatan dan Kelurahan",
     "1 Pengadaan dan Pemeliharaan Saluran Air di Kelurahan Jrebeng Kidul"),
    (_BANG, "Sub Bidang Fisik",
     "Mengkoordinasikan pengambilan langkah-langkah penanggulangan pencemaran dan kerusakan lingkungan Kecamatan "
     "dan Kelurahan.", _NIHIL_PENCEMARAN, _NIHIL_PENCEMARAN),
    (_BANG, "Sub Bidang Fisik",
     "Melakukan pengendalian pengkoordinasian kegiatan pengambilan dan pengumpulan sampah dari sumber sampai ke TPS "
     "pada lingkungan Kec. dan Kel.", "-", "-"),
    (_BANG, "Sub Bidang Fisik",
     "Pengadaan dan pemeliharaan Lampu Penerangan Jalan Umum (LPJU) di jalan-jalan lingkungan Kel. selain jalan "
     "protokol.", "1 Pengadaan PJU dan 22 Pemeliharaan PJU", "1 Pengadaan PJU dan 16 Pemeliharaan PJU"),
    (_BANG, "Sub Bidang Fisik",
     "Berperan aktif dalam pengendalian pencemaran lingkungan hidup terutama yang ditimbulkan oleh industri kecil, "
     "rumah tangga dan limbah domestik lainnya.", _NIHIL_PENCEMARAN, _NIHIL_PENCEMARAN),
    (_BANG, "Sub Bidang Fisik", "Membantu pengawasan dan pengendalian hutan bakau dan kawasan lindung.",
     "Tidak ada Hutan Bakau di Wilayah Kecamatan Wonoasih", "Tidak ada Hutan Bakau di Wilayah Kecamatan Wonoasih"),
    (_BANG, "Sub Bidang Fisik",
     "Pengawasan, pelarangan dan penertiban terhadap bangunan-bangunan liar di tanah pengairan dan tanah negara.",
     "-", "-"),
    (_BANG, "Sub Bidang Fisik",
     "Pelaksanaan penyuluhan dan pembinaan HIPPA serta pelayanan pembagian air irigasi disetiap kelurahan.",
     "Tidak ada Kegiatan penyuluhan dan pembinaan HIPPA serta pelayanan pembagian air irigasi disetiap kelurahan.",
     "Tidak ada Kegiatan penyuluhan dan pembinaan HIPPA serta pelayanan pembagian air irigasi disetiap kelurahan."),
    (_BANG, "Sub Bidang Fisik", "Pemberian rekomendasi Surat Keterangan rencana Kota.",
     "Tidak ada rekomendasi Surat Keterangan Rencana Kota (telah ditangani langsung oleh DPU)",
     "Tidak ada rekomendasi Surat Keterangan Rencana Kota (telah ditangani langsung oleh DPU)"),
    (_BANG, "Sub Bidang Fisik",
     "Pemberian fasilitas dan melakukan penyaluran Bantuan Langsung (Block Grand) dalam pelaksanaan dana swakelola "
     "kepada Kelurahan berbasis partisipasi masyarakat yang berskala kecil.", "1 Kegiatan Kasih Ranting",
     "1 Kegiatan Kasih Ranting"),
    (_BANG, "Sub Bidang Fisik",
     "Membina dan memberdayakan kelompok informasi di bidang pemerintahan, pembangunan dan masyarakat",
     "Tidak ada Pembinaan", "Tidak ada Pembinaan"),
    (_PMKS, "Sub Bidang Pemberdayaan Masyarakat",
     "Pemberian Rekomendasi permintaan sumbangan kepada masyarakat diwilayah Kecamatan dan Kelurahan.",
     "Tidak ada permintaan rekomendasi sumbangan", "Tidak ada permintaan rekomendasi sumbangan"),
    (_PMKS, "Sub Bidang Kesejahteraan Sosial",
     "Rekomendasi terhadap kegiatan pembangunan tempat ibadah dari tingkat RT/RW dan Kelurahan.",
     "Tidak ada permintaan rekomendasi terhadap kegiatan pembangunan tempat ibadah dari tingkat RT/RW dan Kelurahan",
     "Tidak ada permintaan rekomendasi terhadap kegiatan pembangunan tempat ibadah dari tingkat RT/RW dan Kelurahan"),
    (_PMKS, "Sub Bidang Kesejahteraan Sosial", "Koordinasi dalam memelihara dan meningkatkan kerukunan umat beragama.",
     "1 Kegiatan Pengajian",
     "Tidak ada Koordinasi dalam memelihara dan meningkatkan kerukunan umat beragama."),
    (_PMKS, "Sub Bidang Kesejahteraan Sosial", "Pembinaan bagi masyarakat yang sudah lanjut usia yang ada diwilayahnya.",
     "1 Kegiatan PMT Lansia", "1 Kegiatan PMT Lansia"),
    (_PMKS, "Sub Bidang Kesejahteraan Sosial", "Koordinasi kegiatan dan evaluasi pelaksanaan UKS yang ada diwilayahnya.",
     "1 Kegiatan Koordinasi mengenai Keanggotaan UKS", "1 Kegiatan Koordinasi mengenai Keanggotaan UKS"),
    (_ADM, "",
     "Pemberian ijin penutupan jalan untuk keramaian, kegiatan komersial dan kegiatan sosial yang bukan jalan "
     "protokol.", "Tidak ada karena Ijin diberikan oleh Polsek", "Tidak ada karena Ijin diberikan oleh Polsek"),
    (_ADM, "", "Berperan aktif dalam penertiban dan pengawasan Uji Timbangan (kemetrologian).", "1 Kegiatan KIR",
     "2 Kegiatan KIR"),
    (_ADM, "", "Pemberian surat keterangan pindah baik antar Kelurahan, Antar Kecamatan maupun antar Daerah.",
     "Pindah Keluar : 14 Pemohon; Pindah Datang : - Orang", "Pindah Keluar : 0 Pemohon; Pindah Datang : 11 Orang"),
    (_ADM, "", "Pelaporan mutasi penduduk.", "Berpindah kewenangan ke Dinas Kependudukan dan Pencatatan Sipil",
     "Berpindah kewenangan ke Dinas Kependudukan dan Pencatatan Sipil"),
    (_ADM, "", "Merekomendasikan dan melegalisasi Surat / dokumen untuk kepentingan Warga/Masyarakat.",
     "447 Rekomendasi legalisasi", "535 Rekomendasi legalisasi"),
    (_ADM, "", "Pemberian Ijin Mendirikan Bangunan (IMB) dibawah Tipe 70", "Dilimpahkan Ke DPMPTSP",
     "Dilimpahkan Ke DPMPTSP"),
    (_ADM, "", "Rekomendasi Ijin Mendirikan Bangunan (IMB) diatas Tipe 70.", "Dilimpahkan Ke DPMPTSP",
     "Dilimpahkan Ke DPMPTSP"),
]

PROFIL: dict[str, Any] = {
    "pd": "wonoasih",
    "tahun": 2024,
    "tanggal": "2025-01-31",  # the seed says “Januari 2025”; the day is not given
    "tempat": "Probolinggo",
    "pendahuluan": _PENDAHULUAN,
    "tugas_fungsi": _TUGAS_FUNGSI,
    "kewenangan_pengantar": _KEWENANGAN_PENGANTAR,
    "permasalahan": _PERMASALAHAN,
    "aspek_strategis": _ASPEK_STRATEGIS,
    # Bab IV as staff wrote it. 4.1: the seed's explanation of the budget left over, without its repeated figures
    # (sakip prints the pagu, realisation, 95,53% and the remainder from the data just before it).
    "kesimpulan": (
        "Sisa anggaran tersebut disebabkan karena pada Kegiatan Pemberdayaan Kelurahan Sub Kegiatan Pembangunan "
        "Sarana dan Prasarana Kelurahan Kecamatan Wonoasih beberapa kelurahan terealisasi sebagian disebabkan pada "
        "unit yang lainnya status kepemilikan tanah yang akan dibangun/dipelihara harus bersertifikat dan menjadi "
        "aset Pemerintah Kota Probolinggo sedangkan dalam hal ini warga masih belum bersedia untuk menyerahkan "
        "tanahnya sebagai Aset Pemerintah Kota Probolinggo dan pada Sub Kegiatan Pembangunan Sarana dan Prasarana "
        "Kelurahan yang dalam hal ini untuk sarana dan prasarana posyandu tidak dilaksanakan dikarenakan pengadaan "
        "sarana dan prasarana posyandu telah dilaksanakan oleh Dinas Kesehatan Kota Probolinggo."),
    "langkah_peningkatan": (
        "Melihat dari hasil capaian kinerja yang telah dilaksanakan untuk lebih meningkatkan capaian kinerja kedepan, "
        "maka diperlukan langkah-langkah untuk meningkatkan kinerja guna mencapai target yang lebih. Secara garis "
        "besar upaya atau langkah-langkah yang perlu dilakukan adalah peningkatan kuantitas dan kualitas SDM dan "
        "pemenuhan sarana dan prasarana yang terkait dengan pelayanan publik."),
    "uraian": [
        {"judul": "Kondisi dan Potensi Geografis", "teks": _GEOGRAFI, "tabel": [_TABEL_1_1]},
        {"judul": "Kependudukan", "teks": _KEPENDUDUKAN, "tabel": [_TABEL_1_2, _TABEL_1_3, _TABEL_1_4]},
        {"judul": "Keadaan Sosial Budaya: Pendidikan", "teks": "", "tabel": [_TABEL_1_5, _TABEL_1_6]},
        {"judul": "Keagamaan", "teks": "", "tabel": [_TABEL_1_7]},
        {"judul": "Kesehatan", "teks": "", "tabel": [_TABEL_1_8]},
        {"judul": "Visi dan Misi Kota Probolinggo", "bagian": "strategis", "teks": _VISI_MISI,
         "tabel": [_KETERKAITAN]},
        {"judul": "Isu-isu Strategis", "bagian": "strategis", "teks": _ASPEK_STRATEGIS_PENUTUP, "tabel": []},
    ],
    "isu_strategis": _ISU,
    "kewenangan": _KEWENANGAN,
}
